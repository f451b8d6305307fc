package ner

import (
	"fmt"
	"strings"
)

// The entity types of the CoNLL-2003 scheme, in label order.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Types lists the entity types the model predicts, in label order.
var Types = [...]string{PER, ORG, LOC, MISC}

// The model labels tokens with BILOU tags: label 0 is O, and for type t
// label 1+4t+r with role r = B(egin), I(nside), L(ast) or U(nit, a
// one-token entity). BILOU lets the weights tell the last token of a
// name (often a surname or "Inc") from its first, which BIO cannot; the
// constraints between roles are enforced in decoding. Tags are reported
// in IOB2 (B-X, I-X, O).
const (
	roleB = iota
	roleI
	roleL
	roleU
	numRoles
)

const nLabels = 1 + numRoles*len(Types)

func labelRole(l int) int    { return (l - 1) % numRoles }
func labelType(l int) int    { return (l - 1) / numRoles }
func makeLabel(t, r int) int { return 1 + numRoles*t + r }

// continues reports whether label l is inside an entity begun earlier
// (I or L).
func continues(l int) bool {
	if l == 0 {
		return false
	}
	r := labelRole(l)
	return r == roleI || r == roleL
}

// open reports whether label l leaves an entity open (B or I), so that
// the next label must continue it.
func open(l int) bool {
	if l == 0 || l == nLabels {
		return false
	}
	r := labelRole(l)
	return r == roleB || r == roleI
}

// allowed reports whether label b may follow label a; a == nLabels is the
// sentence start.
func allowed(a, b int) bool {
	if open(a) {
		return continues(b) && labelType(a) == labelType(b)
	}
	return !continues(b)
}

// iobNames are the IOB2 tags of the labels.
var iobNames = func() (n [nLabels]string) {
	n[0] = "O"
	for t, ty := range Types {
		n[makeLabel(t, roleB)] = "B-" + ty
		n[makeLabel(t, roleI)] = "I-" + ty
		n[makeLabel(t, roleL)] = "I-" + ty
		n[makeLabel(t, roleU)] = "B-" + ty
	}
	return n
}()

func typeIndex(s string) int {
	for i, t := range Types {
		if t == s {
			return i
		}
	}
	return -1
}

// goldLabels converts one sentence's tags, IOB1 or IOB2 (or IOBES), to
// BILOU labels: an I- tag whose predecessor is not of the same type starts
// an entity, as in conlleval.
func goldLabels(tags []string, dst []uint8) ([]uint8, error) {
	dst = dst[:0]
	prevType := -1
	for _, tag := range tags {
		if tag == "O" || tag == "" {
			dst = append(dst, 0)
			prevType = -1
			continue
		}
		if len(tag) < 3 || tag[1] != '-' {
			return nil, fmt.Errorf("tag %q is not O, B-TYPE or I-TYPE", tag)
		}
		t := typeIndex(tag[2:])
		if t < 0 {
			return nil, fmt.Errorf("tag %q has an unknown type (want one of %s)", tag, strings.Join(Types[:], ", "))
		}
		begin := tag[0] == 'B' || tag[0] == 'S' || tag[0] == 'U' || prevType != t
		if begin {
			dst = append(dst, uint8(makeLabel(t, roleU)))
		} else {
			// the previous token does not end the entity after all
			p := len(dst) - 1
			if labelRole(int(dst[p])) == roleU {
				dst[p] = uint8(makeLabel(t, roleB))
			} else {
				dst[p] = uint8(makeLabel(t, roleI))
			}
			dst = append(dst, uint8(makeLabel(t, roleL)))
		}
		prevType = t
		if tag[0] == 'E' || tag[0] == 'S' || tag[0] == 'L' || tag[0] == 'U' {
			prevType = -1
		}
	}
	return dst, nil
}
