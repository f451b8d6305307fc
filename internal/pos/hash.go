package pos

import "parley/internal/hashx"

// Features are strings only in concept: every feature is a template id
// combined with 64-bit FNV-1a hashes of token text, mapped to one of 2^bits
// weight rows. No feature string is built (no allocation) or stored (the
// model holds weights only, never words). The functions are
// internal/hashx's, shared with the other models.

const (
	fnvOffset = hashx.FNVOffset
	fnvPrime  = hashx.FNVPrime
)

func hashBytes(h uint64, b []byte) uint64 { return hashx.Bytes(h, b) }

// mix is the splitmix64 finaliser: it spreads a combined key over all 64
// bits so that taking the top bits gives an even bucket distribution.
func mix(h uint64) uint64 { return hashx.Mix(h) }

// pair combines two hashes order-sensitively.
func pair(a, b uint64) uint64 { return hashx.Pair(a, b) }

// bucket maps template tmpl with key h to a weight row.
func bucket(tmpl int, h uint64, shift uint) uint32 {
	return uint32(mix(h^uint64(tmpl+1)*0xD6E8FEB86659FD93) >> shift)
}
