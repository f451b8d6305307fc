package pos

// Features are strings only in concept: every feature is a template id
// combined with 64-bit FNV-1a hashes of token text, mapped to one of 2^bits
// weight rows. No feature string is built (no allocation) or stored (the
// model holds weights only, never words). The helpers are copied from
// package ner (hash.go) rather than exported from it, so that the two
// models can change their hashing independently.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix is the splitmix64 finaliser: it spreads a combined key over all 64
// bits so that taking the top bits gives an even bucket distribution.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 27
	h *= 0x94D049BB133111EB
	h ^= h >> 31
	return h
}

// pair combines two hashes order-sensitively.
func pair(a, b uint64) uint64 {
	return mix(a*0x9E3779B97F4A7C15 ^ (b<<29 | b>>35))
}

// bucket maps template tmpl with key h to a weight row.
func bucket(tmpl int, h uint64, shift uint) uint32 {
	return uint32(mix(h^uint64(tmpl+1)*0xD6E8FEB86659FD93) >> shift)
}
