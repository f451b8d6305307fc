package ner

// negInf is low enough never to win and far enough from MinInt32 that
// adding scores to it cannot overflow.
const negInf = -1 << 29

// transitions holds label-bigram weights; row nLabels is the sentence
// start.
type transitions [nLabels + 1][nLabels]int32

// closedLabels are the labels after which no entity is open (O, L-X,
// U-X); exactly these may precede O, B-X and U-X, which are themselves
// the labels that may follow them. The other labels (I-X, L-X) may only
// follow B-X or I-X of their type. viterbi relies on this structure.
var closedLabels = func() (c [1 + 2*len(Types)]uint8) {
	k := 0
	for l := 0; l < nLabels; l++ {
		if !open(l) {
			c[k] = uint8(l)
			k++
		}
	}
	return c
}()

var startLabels = func() (c [1 + 2*len(Types)]uint8) {
	k := 0
	for l := 0; l < nLabels; l++ {
		if !continues(l) {
			c[k] = uint8(l)
			k++
		}
	}
	return c
}()

// viterbi finds the best label sequence for n tokens given their emission
// scores em[i*nLabels+l], writing it to out[:n]. back is scratch of at
// least n*nLabels bytes. Only allowed transitions are taken, and the
// sentence cannot end inside an entity.
func viterbi(em []int32, n int, tr *transitions, back []uint8, out []uint8) {
	if n == 0 {
		return
	}
	var cur, next [nLabels]int32
	for l := 0; l < nLabels; l++ {
		if allowed(nLabels, l) {
			cur[l] = em[l] + tr[nLabels][l]
		} else {
			cur[l] = negInf
		}
	}
	// Gather the transitions into dense arrays indexed by position in
	// closedLabels / startLabels, so the inner loops run over fixed-size
	// arrays without bounds checks.
	const nc = len(closedLabels)
	var trC [nc][nc]int32 // [start label][closed predecessor]
	for li, l := range startLabels {
		for pi, p := range closedLabels {
			trC[li][pi] = tr[p][l]
		}
	}
	var trIn [len(Types)][4]int32 // B->I, I->I, B->L, I->L
	for t := range Types {
		lb, li, ll := makeLabel(t, roleB), makeLabel(t, roleI), makeLabel(t, roleL)
		trIn[t] = [4]int32{tr[lb][li], tr[li][li], tr[lb][ll], tr[li][ll]}
	}
	for i := 1; i < n; i++ {
		e := em[i*nLabels : i*nLabels+nLabels : i*nLabels+nLabels]
		b := back[i*nLabels : i*nLabels+nLabels : i*nLabels+nLabels]
		var c [nc]int32
		for pi, p := range closedLabels {
			c[pi] = cur[p]
		}
		for li := range nc {
			row := &trC[li]
			best, arg := c[0]+row[0], 0
			for pi := 1; pi < nc; pi++ {
				if s := c[pi] + row[pi]; s > best {
					best, arg = s, pi
				}
			}
			l := startLabels[li]
			next[l] = best + e[l]
			b[l] = closedLabels[arg]
		}
		for t := range Types {
			lb, li, ll := 1+numRoles*t+roleB, 1+numRoles*t+roleI, 1+numRoles*t+roleL
			ti := &trIn[t]
			cb, ci := cur[lb], cur[li]
			if s1, s2 := cb+ti[0], ci+ti[1]; s2 > s1 {
				next[li], b[li] = s2+e[li], uint8(li)
			} else {
				next[li], b[li] = s1+e[li], uint8(lb)
			}
			if s1, s2 := cb+ti[2], ci+ti[3]; s2 > s1 {
				next[ll], b[ll] = s2+e[ll], uint8(li)
			} else {
				next[ll], b[ll] = s1+e[ll], uint8(lb)
			}
		}
		cur = next
	}
	best, arg := int32(negInf), 0
	for l := 0; l < nLabels; l++ {
		if !open(l) && cur[l] > best {
			best, arg = cur[l], l
		}
	}
	out[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*nLabels+arg])
		out[i-1] = uint8(arg)
	}
}

// scorer computes emission scores: for each token (numTemplates feature
// buckets in feats) the score of each label, into em.
type scorer interface {
	emissions(f *featurizer, s, e int, em []int32)
}

// decodeDoc labels every sentence of a featurized document (f.run was
// called; sentence k is tokens [ends[k-1], ends[k])) into labels. Mixed
// case sentences are decoded first, in order, and upper-case headlines
// after them, so that what the body said about a word (recorded in the
// document history, feature tHist) informs the headline, where case gives
// no clue. after, if not nil, is called after each sentence is decoded
// and before its labels enter the history (training updates weights
// there). em and back are scratch of len(labels)*nLabels.
func decodeDoc(sc scorer, tr *transitions, f *featurizer, ends []int32, bits uint, labels, back []uint8, em []int32, after func(s, e int)) {
	shift := 64 - bits
	for pass := 0; pass < 2; pass++ {
		start := 0
		for _, end := range ends {
			s, e := start, int(end)
			start = e
			if s == e || (f.toks[s].flags&fHeadline != 0) != (pass == 1) {
				continue
			}
			for i := s; i < e; i++ {
				f.feats[i*numTemplates+tHist] = f.histFeature(i, shift)
			}
			sc.emissions(f, s, e, em[s*nLabels:e*nLabels])
			viterbi(em[s*nLabels:e*nLabels], e-s, tr, back[s*nLabels:e*nLabels], labels[s:e])
			if after != nil {
				after(s, e)
			}
			for i := s; i < e; i++ {
				f.record(i, labels[i])
			}
		}
	}
}
