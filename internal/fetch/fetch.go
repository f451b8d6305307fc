// Package fetch downloads one web document safely: http and https only, a
// cap on the body size, timeouts on every phase, a bounded number of
// redirects, and a guard that refuses to connect to loopback, private,
// link-local and other internal addresses unless the caller allows them.
//
// The guard runs in the dialer's Control hook, that is on the IP address a
// connection is actually made to, after DNS resolution. Checking the host
// name or a resolved address before dialing would not be enough: a name can
// resolve to a public address when checked and to 127.0.0.1 when dialed (DNS
// rebinding), and a public server can redirect to an internal one. Literal
// IP addresses in a URL are also refused before any connection, so that the
// message is clear and nothing is dialed at all.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Defaults used when the corresponding Options field is zero.
const (
	// DefaultMaxBytes caps a response body: 10 MiB is far more than any
	// news article or feed needs, and small enough to hold in memory.
	DefaultMaxBytes int64 = 10 << 20
	// DefaultTimeout bounds the whole request, body included.
	DefaultTimeout = 30 * time.Second
	// DefaultMaxRedirects is how many redirects are followed.
	DefaultMaxRedirects = 5
	// DefaultUserAgent identifies parley to the servers it fetches from.
	DefaultUserAgent = "parley/1 (news analysis)"
)

// Options tunes one Fetch. The zero value is the safe default.
type Options struct {
	// AllowPrivate permits loopback, private, link-local, CGNAT and other
	// internal addresses. Off by default so that a URL taken from untrusted
	// input (a feed, a web page) cannot reach services on the local network.
	AllowPrivate bool
	// MaxBytes caps the response body; a larger body is an error, never a
	// truncated document. 0 means DefaultMaxBytes.
	MaxBytes int64
	// Timeout bounds the whole request, from dialing to the end of the body;
	// the dial, TLS handshake and response header each get at most this too.
	// 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxRedirects is how many redirects are followed; one more is an
	// error. 0 means DefaultMaxRedirects; a negative value follows none.
	MaxRedirects int
	// UserAgent is sent as the User-Agent header; "" means DefaultUserAgent.
	UserAgent string
}

// Response is a successfully fetched document.
type Response struct {
	// Body is the complete response body, at most MaxBytes long.
	Body []byte
	// URL is the final URL, after redirects.
	URL string
	// ContentType is the Content-Type header as sent, "" when absent.
	ContentType string
}

// Error is the error Fetch returns: which URL failed and why. Err is one of
// the package's error values or types (ErrTooLarge, ErrTooManyRedirects,
// ErrTimeout, ErrScheme, *StatusError, *BlockedError) or a network error.
type Error struct {
	// URL is the URL passed to Fetch, with any password redacted.
	URL string
	// Err is the reason.
	Err error
}

// Error returns "URL: reason".
func (e *Error) Error() string { return e.URL + ": " + e.Err.Error() }

// Unwrap returns the reason, for errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.Err }

// Reasons a fetch fails, for errors.Is.
var (
	// ErrTooLarge: the body is longer than Options.MaxBytes.
	ErrTooLarge = errors.New("response body too large")
	// ErrTooManyRedirects: more redirects than Options.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrTimeout: the request did not finish within Options.Timeout.
	ErrTimeout = errors.New("timed out")
	// ErrScheme: the URL (or a redirect target) is not http or https.
	ErrScheme = errors.New("unsupported URL scheme")
)

// StatusError reports a response whose status is not 2xx.
type StatusError struct {
	// StatusCode is the HTTP status code, e.g. 404.
	StatusCode int
	// Status is the status line text, e.g. "404 Not Found".
	Status string
}

// Error returns e.g. "HTTP status 404 Not Found".
func (e *StatusError) Error() string {
	s := e.Status
	if s == "" {
		s = strconv.Itoa(e.StatusCode)
	}
	return "HTTP status " + s
}

// BlockedError reports a connection refused by the address guard.
type BlockedError struct {
	// Addr is the refused address.
	Addr netip.Addr
	// Kind says what kind of address it is, e.g. "loopback", "private".
	Kind string
}

// Error says which address was refused and how to allow it.
func (e *BlockedError) Error() string {
	return "refusing " + e.Kind + " address " + e.Addr.String() + " (use --allow-private to allow)"
}

// Fetch downloads rawURL and returns its body. It never follows a proxy from
// the environment, since a proxy would make the address guard check the
// proxy's address instead of the server's. Every error is an *Error naming
// rawURL.
func Fetch(ctx context.Context, rawURL string, opt Options) (*Response, error) {
	g := guard
	if opt.AllowPrivate {
		g = nil
	}
	return fetch(ctx, rawURL, opt, g)
}

// fetch is Fetch with the address guard as a parameter, so that tests, which
// may only contact loopback servers, can treat one loopback port as public
// and check that redirects and DNS answers are still guarded. A nil guard
// allows every address.
func fetch(ctx context.Context, rawURL string, opt Options, g func(netip.AddrPort) error) (*Response, error) {
	opt = withDefaults(opt)
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: fmt.Errorf("invalid URL: %w", unwrapURLError(err))}
	}
	name := u.Redacted()
	if err := checkURL(u, g); err != nil {
		return nil, &Error{URL: name, Err: err}
	}

	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()

	tr := newTransport(opt, g)
	defer tr.CloseIdleConnections()
	client := &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.MaxRedirects {
				return fmt.Errorf("%w: stopped after %d", ErrTooManyRedirects, opt.MaxRedirects)
			}
			return checkURL(req.URL, g)
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{URL: name, Err: err}
	}
	req.Header.Set("User-Agent", opt.UserAgent)
	// Ask for what the readers understand, HTML and feeds first.
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5")

	resp, err := client.Do(req)
	if err != nil {
		return nil, &Error{URL: name, Err: reason(ctx, err, u, opt)}
	}
	defer resp.Body.Close()
	final := resp.Request.URL
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{URL: name, Err: via(u, final, &StatusError{StatusCode: resp.StatusCode, Status: resp.Status})}
	}
	if resp.ContentLength > opt.MaxBytes {
		return nil, &Error{URL: name, Err: via(u, final, tooLarge(opt.MaxBytes))}
	}
	body, err := readCapped(resp.Body, opt.MaxBytes, resp.ContentLength)
	if err != nil {
		if !errors.Is(err, ErrTooLarge) {
			err = reason(ctx, err, nil, opt)
		}
		return nil, &Error{URL: name, Err: via(u, final, err)}
	}
	return &Response{Body: body, URL: final.String(), ContentType: resp.Header.Get("Content-Type")}, nil
}

func withDefaults(opt Options) Options {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	switch {
	case opt.MaxRedirects == 0:
		opt.MaxRedirects = DefaultMaxRedirects
	case opt.MaxRedirects < 0:
		opt.MaxRedirects = 0
	}
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent
	}
	return opt
}

// newTransport builds a transport that dials only addresses g accepts and
// uses no proxy. A fresh transport per fetch keeps options from leaking
// between calls; parley fetches few URLs, so losing keep-alive reuse across
// calls costs little.
func newTransport(opt Options, g func(netip.AddrPort) error) *http.Transport {
	phase := min(opt.Timeout, 10*time.Second)
	d := &net.Dialer{Timeout: phase, KeepAlive: 30 * time.Second}
	if g != nil {
		d.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				// Control always sees a numeric address for TCP; anything
				// else is unexpected, and refusing it is the safe answer.
				return fmt.Errorf("refusing connection to unparsable address %q", address)
			}
			return g(ap)
		}
	}
	return &http.Transport{
		Proxy:                  nil, // never from the environment: it would bypass the guard
		DialContext:            d.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    phase,
		ResponseHeaderTimeout:  opt.Timeout,
		ExpectContinueTimeout:  time.Second,
		MaxIdleConns:           4,
		IdleConnTimeout:        30 * time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}
}

// checkURL refuses schemes other than http and https, URLs without a host,
// and (when g is set) literal IP hosts that g refuses.
func checkURL(u *url.URL, g func(netip.AddrPort) error) error {
	s := strings.ToLower(u.Scheme)
	if s != "http" && s != "https" {
		if s == "" {
			return fmt.Errorf("%w: no scheme (want http or https)", ErrScheme)
		}
		return fmt.Errorf("%w %q (want http or https)", ErrScheme, u.Scheme)
	}
	host := u.Hostname()
	if host == "" {
		return errors.New("URL has no host")
	}
	if g == nil {
		return nil
	}
	if a, err := netip.ParseAddr(host); err == nil {
		port, _ := strconv.ParseUint(u.Port(), 10, 16)
		if port == 0 {
			port = 80
			if s == "https" {
				port = 443
			}
		}
		return g(netip.AddrPortFrom(a, uint16(port)))
	}
	return nil
}

// guard refuses addresses that reach the local machine or a private network,
// whatever the port.
func guard(ap netip.AddrPort) error {
	a := ap.Addr()
	if k := blockedKind(a); k != "" {
		return &BlockedError{Addr: a.WithZone(""), Kind: k}
	}
	return nil
}

var (
	cgnat   = netip.MustParsePrefix("100.64.0.0/10")
	thisNet = netip.MustParsePrefix("0.0.0.0/8")
	nat64   = netip.MustParsePrefix("64:ff9b::/96")
	bcast   = netip.MustParseAddr("255.255.255.255")
)

// blockedKind names the class of an address that must not be contacted
// without AllowPrivate, or returns "" for an ordinary public address.
func blockedKind(a netip.Addr) string {
	a = a.WithZone("").Unmap() // ::ffff:127.0.0.1 is 127.0.0.1
	if a.Is6() && nat64.Contains(a) {
		// A NAT64 gateway turns 64:ff9b::a.b.c.d into a.b.c.d: judge that.
		b := a.As16()
		if k := blockedKind(netip.AddrFrom4([4]byte(b[12:]))); k != "" {
			return k
		}
	}
	switch {
	case !a.IsValid():
		return "invalid"
	case a.IsLoopback():
		return "loopback"
	case a.IsUnspecified() || (a.Is4() && thisNet.Contains(a)):
		// Linux connects 0.0.0.0 (and 0/8) to the local host.
		return "unspecified"
	case a.IsPrivate(): // 10/8, 172.16/12, 192.168/16, fc00::/7
		return "private"
	case a.IsLinkLocalUnicast(): // 169.254/16, fe80::/10
		return "link-local"
	case a.IsMulticast() || a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast():
		return "multicast"
	case a.Is4() && cgnat.Contains(a):
		return "carrier-grade NAT"
	case a == bcast:
		return "broadcast"
	}
	return ""
}

// reason turns an error from the HTTP client into a short explanation:
// the guard's or redirect check's own error when there is one, a timeout
// as ErrTimeout, otherwise the innermost network error.
func reason(ctx context.Context, err error, asked *url.URL, opt Options) error {
	var where *url.URL
	var ue *url.Error
	if errors.As(err, &ue) {
		if p, perr := url.Parse(ue.URL); perr == nil {
			where = p
		}
	}
	var be *BlockedError
	switch {
	case errors.As(err, &be):
		err = be
	case errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrScheme):
		err = unwrapURLError(err)
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || isTimeout(err):
		err = fmt.Errorf("%w after %s", ErrTimeout, opt.Timeout)
	case errors.Is(err, context.Canceled):
		err = context.Canceled
	default:
		err = innermost(err)
	}
	if asked != nil && where != nil {
		err = via(asked, where, err)
	}
	return err
}

// via prefixes err with the URL it happened at when a redirect led there, so
// that "redirected to http://10.0.0.1/: refusing private address" explains
// itself.
func via(asked, at *url.URL, err error) error {
	if at == nil || at.String() == asked.String() {
		return err
	}
	return &redirectError{to: at.Redacted(), err: err}
}

type redirectError struct {
	to  string
	err error
}

func (e *redirectError) Error() string { return "redirected to " + e.to + ": " + e.err.Error() }
func (e *redirectError) Unwrap() error { return e.err }

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// innermost strips *url.Error and *net.OpError wrappers, whose messages
// repeat the URL and the socket addresses, down to the actual cause.
func innermost(err error) error {
	for {
		switch e := err.(type) {
		case *url.Error:
			err = e.Err
		case *net.OpError:
			if e.Err == nil {
				return err
			}
			err = e.Err
		default:
			return err
		}
	}
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

func tooLarge(limit int64) error {
	return fmt.Errorf("%w: over the %s limit", ErrTooLarge, Size(limit))
}

// readCapped reads r to the end, failing with ErrTooLarge once more than max
// bytes arrive. It reads one byte past max to tell "exactly max" from "more".
func readCapped(r io.Reader, max, hint int64) ([]byte, error) {
	n := int64(512)
	if hint > 0 && hint <= max {
		n = hint + 1 // room for the probe byte, so no regrowth
	}
	buf := make([]byte, 0, n)
	lr := io.LimitReader(r, max+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		m, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if int64(len(buf)) > max {
			return nil, tooLarge(max)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// Size formats a byte count for messages: "10 MiB", "1.5 KiB", "300 bytes".
func Size(n int64) string {
	const k = 1024
	switch {
	case n >= k*k*k:
		return trimZero(float64(n)/(k*k*k)) + " GiB"
	case n >= k*k:
		return trimZero(float64(n)/(k*k)) + " MiB"
	case n >= k:
		return trimZero(float64(n)/k) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

func trimZero(f float64) string {
	s := strconv.FormatFloat(f, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}
