// Package hashx holds the feature hashing the trained models and the
// near-copy fingerprints share: 64-bit FNV-1a over bytes, fed
// incrementally so no feature string is ever built, and the splitmix64
// finaliser that spreads a combined key over all 64 bits. The functions
// are fixed: changing them changes every trained model's buckets and the
// store's stored fingerprints.
package hashx

// FNV-1a, 64 bit (a fixed, portable hash; maphash is seeded per process).
const (
	FNVOffset = 14695981039346656037
	FNVPrime  = 1099511628211
)

// Bytes feeds b into the FNV-1a state h and returns the new state.
func Bytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= FNVPrime
	}
	return h
}

// String feeds s into the FNV-1a state h and returns the new state.
func String(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= FNVPrime
	}
	return h
}

// LowerASCII feeds s with ASCII letters lower-cased into the FNV-1a state
// h, without allocating.
func LowerASCII(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= FNVPrime
	}
	return h
}

// Mix is the splitmix64 finaliser: it spreads a combined key over all 64
// bits, so that taking the top bits gives an even bucket distribution.
func Mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 27
	h *= 0x94D049BB133111EB
	h ^= h >> 31
	return h
}

// Pair combines two hashes order-sensitively.
func Pair(a, b uint64) uint64 {
	return Mix(a*0x9E3779B97F4A7C15 ^ (b<<29 | b>>35))
}
