package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// Every test server here is an httptest server on 127.0.0.1: tests never
// contact any other address. Addresses outside loopback appear only as
// values given to the classifier or as redirect targets that the guard must
// refuse before dialing.

func TestBlockedKind(t *testing.T) {
	tests := []struct {
		addr string
		want string // "" = public, allowed
	}{
		{"127.0.0.1", "loopback"},
		{"127.255.0.9", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.0.0.1", "private"},
		{"10.255.255.255", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.254", "private"},
		{"172.32.0.1", ""},
		{"172.15.255.255", ""},
		{"192.168.0.1", "private"},
		{"192.169.0.1", ""},
		{"fc00::1", "private"},
		{"fd12:3456::1", "private"},
		{"::ffff:10.1.2.3", "private"},
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"fe80::1%eth0", "link-local"},
		{"0.0.0.0", "unspecified"},
		{"0.1.2.3", "unspecified"},
		{"::", "unspecified"},
		{"224.0.0.1", "multicast"},
		{"239.255.255.250", "multicast"},
		{"ff02::1", "multicast"},
		{"ff0e::1", "multicast"},
		{"100.64.0.1", "carrier-grade NAT"},
		{"100.127.255.255", "carrier-grade NAT"},
		{"100.128.0.1", ""},
		{"100.63.255.255", ""},
		{"255.255.255.255", "broadcast"},
		{"64:ff9b::7f00:1", "loopback"},      // NAT64 of 127.0.0.1
		{"64:ff9b::a00:1", "private"},        // NAT64 of 10.0.0.1
		{"64:ff9b::5db8:d822", ""},           // NAT64 of a public address
		{"93.184.216.34", ""},                // public IPv4 (never contacted)
		{"2001:db8:85a3::8a2e:370:7334", ""}, // an ordinary global IPv6 form
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			a := netip.MustParseAddr(tt.addr)
			if got := blockedKind(a); got != tt.want {
				t.Errorf("blockedKind(%s) = %q, want %q", tt.addr, got, tt.want)
			}
		})
	}
}

// server starts a loopback test server and counts the requests it serves.
func server(t *testing.T, h http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s, &n
}

func hello(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprint(w, "Talks resumed on Tuesday.")
}

func TestRefusedByDefault(t *testing.T) {
	s, hits := server(t, hello)
	u, _ := url.Parse(s.URL)
	port := u.Port()
	tests := []struct {
		name, url, want string
	}{
		{"literal IPv4", s.URL + "/x", s.URL + "/x: refusing loopback address 127.0.0.1 (use --allow-private to allow)"},
		// "localhost" is not a literal address: it is resolved and then
		// refused by the dialer's Control hook on the address actually dialed.
		{"name resolving to loopback", "http://localhost:" + port + "/y", "http://localhost:" + port + "/y: refusing loopback address 127.0.0.1 (use --allow-private to allow)"},
		{"literal private", "http://10.9.8.7/", "http://10.9.8.7/: refusing private address 10.9.8.7"},
		{"literal link-local v6", "http://[fe80::1%25lo]:8080/", "refusing link-local address fe80::1"},
		{"literal mapped", "http://[::ffff:192.168.1.1]/", "refusing private address ::ffff:192.168.1.1"},
		{"metadata service", "http://169.254.169.254/latest/", "refusing link-local address 169.254.169.254"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Fetch(context.Background(), tt.url, Options{Timeout: 5 * time.Second})
			if err == nil {
				t.Fatalf("Fetch(%s) succeeded, want refusal", tt.url)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Fetch(%s) error = %q, want it to contain %q", tt.url, err, tt.want)
			}
			var be *BlockedError
			if !errors.As(err, &be) {
				t.Errorf("error %v is not a *BlockedError", err)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("server was contacted %d times, want 0", n)
	}
}

func TestAllowPrivate(t *testing.T) {
	var ua atomic.Value
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		hello(w, r)
	})
	for _, host := range []string{s.URL, strings.Replace(s.URL, "127.0.0.1", "localhost", 1)} {
		r, err := Fetch(context.Background(), host+"/a", Options{AllowPrivate: true, UserAgent: "parley-test/1"})
		if err != nil {
			t.Fatalf("Fetch(%s) with AllowPrivate: %v", host, err)
		}
		if string(r.Body) != "Talks resumed on Tuesday." {
			t.Errorf("body = %q", r.Body)
		}
		if r.URL != host+"/a" {
			t.Errorf("URL = %q, want %q", r.URL, host+"/a")
		}
		if r.ContentType != "text/plain; charset=utf-8" {
			t.Errorf("ContentType = %q", r.ContentType)
		}
		if got := ua.Load(); got != "parley-test/1" {
			t.Errorf("User-Agent sent = %v, want parley-test/1", got)
		}
	}
}

// redirector serves /hop/N by redirecting to /hop/N-1, and /hop/0 with a body.
func redirector(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/hop/")
	n, err := strconv.Atoi(rest)
	if !ok || err != nil {
		http.NotFound(w, r)
		return
	}
	if n == 0 {
		fmt.Fprint(w, "arrived")
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
}

func TestRedirectLimit(t *testing.T) {
	s, _ := server(t, redirector)
	tests := []struct {
		hops, max int
		ok        bool
	}{
		{0, 0, true},
		{5, 0, true},  // default limit is 5
		{6, 0, false}, // one more than the default
		{2, 2, true},
		{3, 2, false},
		{1, -1, false}, // negative: follow none
		{0, -1, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("hops=%d,max=%d", tt.hops, tt.max), func(t *testing.T) {
			u := fmt.Sprintf("%s/hop/%d", s.URL, tt.hops)
			r, err := Fetch(context.Background(), u, Options{AllowPrivate: true, MaxRedirects: tt.max})
			if tt.ok {
				if err != nil {
					t.Fatalf("Fetch: %v", err)
				}
				if string(r.Body) != "arrived" || r.URL != s.URL+"/hop/0" {
					t.Errorf("got body %q at %q, want \"arrived\" at %s/hop/0", r.Body, r.URL, s.URL)
				}
				return
			}
			if !errors.Is(err, ErrTooManyRedirects) {
				t.Fatalf("Fetch error = %v, want ErrTooManyRedirects", err)
			}
			if !strings.HasPrefix(err.Error(), u+": ") {
				t.Errorf("error %q does not start with the URL asked for", err)
			}
		})
	}
}

// TestRedirectGuarded checks that a redirect from an allowed server to an
// internal address is refused. The test guard treats the first server's
// exact address and port as public, so only the redirect target is judged
// internal, both when it is a literal IP (refused before dialing) and when
// it is a name that resolves to loopback (refused in the Control hook).
func TestRedirectGuarded(t *testing.T) {
	inner, innerHits := server(t, hello)
	iu, _ := url.Parse(inner.URL)
	targets := map[string]string{
		"/to-literal":   inner.URL + "/secret",
		"/to-name":      "http://localhost:" + iu.Port() + "/secret",
		"/to-private":   "http://192.168.77.1/admin",
		"/to-file":      "file:///etc/passwd",
		"/to-v6-loop":   "http://[::1]:" + iu.Port() + "/",
		"/to-mapped-v6": "http://[::ffff:127.0.0.1]:" + iu.Port() + "/",
	}
	outer, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, targets[r.URL.Path], http.StatusMovedPermanently)
	})
	ou, _ := url.Parse(outer.URL)
	public := netip.MustParseAddrPort(ou.Host)
	g := func(ap netip.AddrPort) error {
		if ap == public {
			return nil
		}
		return guard(ap)
	}
	wants := map[string]string{
		"/to-literal":   "redirected to " + inner.URL + "/secret: refusing loopback address 127.0.0.1",
		"/to-name":      "redirected to http://localhost:" + iu.Port() + "/secret: refusing loopback address 127.0.0.1",
		"/to-private":   "redirected to http://192.168.77.1/admin: refusing private address 192.168.77.1",
		"/to-file":      `unsupported URL scheme "file"`,
		"/to-v6-loop":   "refusing loopback address ::1",
		"/to-mapped-v6": "refusing loopback address",
	}
	for path, want := range wants {
		t.Run(path, func(t *testing.T) {
			_, err := fetch(context.Background(), outer.URL+path, Options{}, g)
			if err == nil {
				t.Fatal("redirect to an internal address was followed")
			}
			if !strings.HasPrefix(err.Error(), outer.URL+path+": ") || !strings.Contains(err.Error(), want) {
				t.Errorf("error = %q, want prefix %q and %q", err, outer.URL+path, want)
			}
		})
	}
	if n := innerHits.Load(); n != 0 {
		t.Errorf("internal server was contacted %d times, want 0", n)
	}
	// The same guard lets the public server itself through.
	if _, err := fetch(context.Background(), outer.URL+"/to-literal", Options{}, nil); err != nil {
		t.Errorf("without a guard the redirect should be followed: %v", err)
	}
}

func TestSizeCap(t *testing.T) {
	const limit = 1000
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		if r.URL.Query().Get("chunked") != "" {
			// Flushing first makes the server use chunked encoding, so the
			// client cannot rely on Content-Length.
			w.(http.Flusher).Flush()
		} else {
			w.Header().Set("Content-Length", strconv.Itoa(n))
		}
		w.Write([]byte(strings.Repeat("a", n)))
	})
	tests := []struct {
		n       int
		chunked bool
		ok      bool
	}{
		{0, false, true},
		{limit, false, true},
		{limit, true, true},
		{limit + 1, false, false},
		{limit + 1, true, false},
		{50 * limit, true, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("n=%d,chunked=%v", tt.n, tt.chunked), func(t *testing.T) {
			u := fmt.Sprintf("%s/?n=%d", s.URL, tt.n)
			if tt.chunked {
				u += "&chunked=1"
			}
			r, err := Fetch(context.Background(), u, Options{AllowPrivate: true, MaxBytes: limit})
			if tt.ok {
				if err != nil {
					t.Fatalf("Fetch: %v", err)
				}
				if len(r.Body) != tt.n {
					t.Errorf("len(Body) = %d, want %d", len(r.Body), tt.n)
				}
				return
			}
			if r != nil {
				t.Errorf("got a response of %d bytes, want none", len(r.Body))
			}
			if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "1000 bytes limit") {
				t.Errorf("error = %v, want ErrTooLarge naming the limit", err)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow-body" {
			w.Write([]byte("first part "))
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	for _, path := range []string{"/slow-header", "/slow-body"} {
		t.Run(path, func(t *testing.T) {
			start := time.Now()
			_, err := Fetch(context.Background(), s.URL+path, Options{AllowPrivate: true, Timeout: 150 * time.Millisecond})
			if !errors.Is(err, ErrTimeout) {
				t.Fatalf("error = %v, want ErrTimeout", err)
			}
			if !strings.Contains(err.Error(), "timed out after 150ms") {
				t.Errorf("error %q does not state the timeout", err)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("took %v, want about 150ms", d)
			}
		})
	}
}

func TestCanceled(t *testing.T) {
	s, _ := server(t, hello)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Fetch(ctx, s.URL, Options{AllowPrivate: true})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}

func TestStatus(t *testing.T) {
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/"))
		w.WriteHeader(code)
		fmt.Fprint(w, "body of an error page")
	})
	for _, code := range []int{200, 204, 299, 304, 404, 410, 500, 503} {
		t.Run(strconv.Itoa(code), func(t *testing.T) {
			u := fmt.Sprintf("%s/%d", s.URL, code)
			_, err := Fetch(context.Background(), u, Options{AllowPrivate: true})
			if code < 300 {
				if err != nil {
					t.Errorf("Fetch: %v", err)
				}
				return
			}
			var se *StatusError
			if !errors.As(err, &se) || se.StatusCode != code {
				t.Fatalf("error = %v, want *StatusError with code %d", err, code)
			}
			want := fmt.Sprintf("%s: HTTP status %d %s", u, code, http.StatusText(code))
			if err.Error() != want {
				t.Errorf("error = %q, want %q", err, want)
			}
		})
	}
}

func TestBadURL(t *testing.T) {
	tests := []struct {
		url  string
		want string
		is   error
	}{
		{"ftp://example.invalid/file.txt", `unsupported URL scheme "ftp"`, ErrScheme},
		{"file:///etc/passwd", `unsupported URL scheme "file"`, ErrScheme},
		{"javascript:alert(1)", `unsupported URL scheme "javascript"`, ErrScheme},
		{"example.invalid/page", "no scheme", ErrScheme},
		{"", "no scheme", ErrScheme},
		{"http:///path-only", "no host", nil},
		{"http://[::1", "invalid URL", nil},
		{"http://exa mple.invalid/", "invalid URL", nil},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := Fetch(context.Background(), tt.url, Options{AllowPrivate: true, Timeout: time.Second})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Fetch(%q) error = %v, want it to contain %q", tt.url, err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.url+": ") {
				t.Errorf("error %q does not start with the URL", err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
		})
	}
}

func TestPasswordRedacted(t *testing.T) {
	_, err := Fetch(context.Background(), "http://user:hunter2@10.0.0.1/", Options{})
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("error %v shows the password", err)
	}
}

func TestNoProxy(t *testing.T) {
	// Requests to loopback are never proxied by ProxyFromEnvironment, so
	// setting HTTP_PROXY could not show anything here; check the transport.
	if tr := newTransport(withDefaults(Options{}), guard); tr.Proxy != nil {
		t.Error("transport uses a proxy; it would bypass the address guard")
	}
}

func TestSize(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0 bytes"},
		{1000, "1000 bytes"},
		{1024, "1 KiB"},
		{1536, "1.5 KiB"},
		{10 << 20, "10 MiB"},
		{16 << 20, "16 MiB"},
		{100_000_000, "95.4 MiB"},
		{3 << 30, "3 GiB"},
	}
	for _, tt := range tests {
		if got := Size(tt.n); got != tt.want {
			t.Errorf("Size(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

// FuzzCheckURL checks that URL checking never panics and that a literal
// address it lets through is one the classifier calls public.
func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{
		"http://127.0.0.1/", "https://[::1]:443/x", "http://10.0.0.1:8080/", "http://example.invalid/",
		"ftp://x/", "http://[fe80::1%25eth0]/", "http://0x7f.1/", "http://2130706433/", "HTTP://EXAMPLE.INVALID",
		"http://[::ffff:7f00:1]/", "", "::", "http://%zz/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := url.Parse(s)
		if err != nil {
			return
		}
		if checkURL(u, guard) != nil {
			return
		}
		if a, err := netip.ParseAddr(u.Hostname()); err == nil && blockedKind(a) != "" {
			t.Errorf("checkURL accepted %q, whose host %s is %s", s, a, blockedKind(a))
		}
	})
}

func ExampleFetch() {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "Ministers met in Geneva.")
	}))
	defer s.Close()

	// The test server is on 127.0.0.1, which is refused by default.
	_, err := Fetch(context.Background(), s.URL, Options{})
	fmt.Println(strings.TrimPrefix(err.Error(), s.URL+": "))

	r, err := Fetch(context.Background(), s.URL, Options{AllowPrivate: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(r.Body))
	// Output:
	// refusing loopback address 127.0.0.1 (use --allow-private to allow)
	// Ministers met in Geneva.
}
