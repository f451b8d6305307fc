package main

import (
	"strings"
	"testing"

	"parley/internal/analysis"
)

// analyzeOne runs `parley analyze` on one file and returns its analysis.
func analyzeOne(t *testing.T, path string, args ...string) *analysis.Analysis {
	t.Helper()
	args = append(append([]string{"analyze", "--no-progress"}, args...), path)
	code, out, errs := parley(t, "", args...)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	as := analyses(t, out)
	if len(as) != 1 {
		t.Fatalf("%d analyses, want 1", len(as))
	}
	return as[0]
}

// mentionCheck is an expected mention: the nth (from 0) mention whose text
// is text, with its kind and actor; warn says whether it must carry a
// warning.
type mentionCheck struct {
	text  string
	nth   int
	kind  string
	actor string
	warn  bool
}

// actorCheck is an expected actor with its code and, when set, its role
// and whether it must have the GOV sector.
type actorCheck struct {
	id, code, role string
}

func checkMentions(t *testing.T, a *analysis.Analysis, ms []mentionCheck, acts []actorCheck) {
	t.Helper()
	for _, w := range ms {
		n := w.nth
		found := false
		for _, m := range a.Mentions {
			if m.Text != w.text {
				continue
			}
			if n > 0 {
				n--
				continue
			}
			found = true
			if m.Kind != w.kind || m.Actor != w.actor {
				t.Errorf("%s: mention %q (#%d): kind %s actor %s, want %s %s", a.ID, w.text, w.nth, m.Kind, m.Actor, w.kind, w.actor)
			}
			if w.warn != (len(m.Warnings) > 0) {
				t.Errorf("%s: mention %q (#%d): warnings %q, want warning: %v", a.ID, w.text, w.nth, m.Warnings, w.warn)
			}
			break
		}
		if !found {
			t.Errorf("%s: no mention %q (#%d)", a.ID, w.text, w.nth)
		}
	}
	byID := map[string]analysis.Actor{}
	for _, ac := range a.Actors {
		if _, dup := byID[ac.ID]; dup {
			t.Errorf("%s: actor %s listed twice", a.ID, ac.ID)
		}
		byID[ac.ID] = ac
	}
	for _, w := range acts {
		ac, ok := byID[w.id]
		if !ok {
			t.Errorf("%s: no actor %s", a.ID, w.id)
			continue
		}
		if ac.Code != w.code || w.role != "" && ac.Role != w.role {
			t.Errorf("%s: actor %s: code %s role %q, want %s %q", a.ID, w.id, ac.Code, ac.Role, w.code, w.role)
		}
	}
	// Every mention's and entity's actor is in actors.
	for _, m := range a.Mentions {
		if _, ok := byID[m.Actor]; !ok {
			t.Errorf("%s: mention %q: actor %q not in actors", a.ID, m.Text, m.Actor)
		}
	}
	for _, e := range a.Entities {
		if _, ok := byID[e.Actor]; e.Actor != "" && !ok {
			t.Errorf("%s: entity %q: actor %q not in actors", a.ID, e.Text, e.Actor)
		}
	}
}

func TestMentionsMoscow(t *testing.T) {
	a := analyzeOne(t, "../../examples/moscow-envoys.txt", "--published", "2025-12-04")
	checkMentions(t, a, []mentionCheck{
		{text: "Kremlin", kind: "metonym", actor: "rus-gov"}, // the headline: "Kremlin says"
		{text: "U.S. President Donald Trump", kind: "name", actor: "donald-trump"},
		{text: "Russian President Vladimir Putin", kind: "name", actor: "vladimir-putin"},
		{text: "He", kind: "pronoun", actor: "vladimir-putin"}, // in Trump's quote: not the speaker
		{text: "I", kind: "pronoun", actor: "donald-trump"},    // the speaker
		{text: "Trump", kind: "name", actor: "donald-trump"},
		{text: "We", kind: "pronoun", actor: "usa-gov"}, // the quotation goes on after "Trump said"
		{text: "Kremlin foreign policy aide Yuri Ushakov", kind: "name", actor: "yuri-ushakov"},
		{text: "he", nth: 1, kind: "pronoun", actor: "yuri-ushakov"}, // "he told state media"
		{text: "special envoy Steve Witkoff", kind: "name", actor: "steve-witkoff"},
		{text: "us", kind: "pronoun", actor: "rus-gov"}, // the aide's side
		{text: "the aide", kind: "description", actor: "yuri-ushakov"},
		{text: "he", nth: 2, kind: "pronoun", actor: "vladimir-putin"}, // "he said at an investment forum"
		{text: "A spokeswoman for the European Commission", kind: "description", actor: "eu-commission"},
	}, []actorCheck{
		{"donald-trump", "USAGOV", "President"},
		{"vladimir-putin", "RUSGOV", "President"},
		{"yuri-ushakov", "RUSGOV", ""},
		{"steve-witkoff", "USAGOV", ""},
		{"rus-gov", "RUSGOV", ""},
	})
	// "at the Kremlin" and "in Moscow" are places here, not actors.
	for _, m := range a.Mentions {
		if m.Text == "Moscow" || strings.Contains(a.Text[max(0, m.Start-7):m.Start], "at the") {
			t.Errorf("place taken for an actor: %+v", m)
		}
	}
	// Names NER found get the actor their mention resolved to.
	for _, e := range a.Entities {
		want := map[string]string{"Yuri Ushakov": "yuri-ushakov", "Steve Witkoff": "steve-witkoff", "Vladimir Putin": "vladimir-putin"}[e.Text]
		if want != "" && e.Actor != want {
			t.Errorf("entity %q: actor %q, want %q", e.Text, e.Actor, want)
		}
	}
}

// The same article dated 2020: Trump is president in his first term, and
// Witkoff is a businessman, not a government envoy.
func TestMentionsMoscowDatedRoles(t *testing.T) {
	a := analyzeOne(t, "../../examples/moscow-envoys.txt", "--published", "2020-06-01")
	checkMentions(t, a, []mentionCheck{
		{text: "U.S. President Donald Trump", kind: "name", actor: "donald-trump"},
		{text: "special envoy Steve Witkoff", kind: "name", actor: "steve-witkoff"},
	}, []actorCheck{
		{"donald-trump", "USAGOV", "President"},
		{"vladimir-putin", "RUSGOV", "President"},
		{"steve-witkoff", "USABUS", ""},
	})
	for _, ac := range a.Actors {
		if ac.ID == "steve-witkoff" && (ac.Role != "" || contains(ac.Sectors, "GOV")) {
			t.Errorf("Witkoff in 2020: %+v, want no government role", ac)
		}
	}
}

func TestMentionsGeneva(t *testing.T) {
	a := analyzeOne(t, "../../examples/geneva-ceasefire.txt")
	checkMentions(t, a, []mentionCheck{
		{text: "Sudan's army", kind: "description", actor: "sdn-military"},
		{text: "Rapid Support Forces", kind: "name", actor: "rsf"},
		{text: "The U.N. envoy for Sudan, Ramtane Lamamra", kind: "name", actor: "ramtane-lamamra"},
		{text: "he", kind: "pronoun", actor: "ramtane-lamamra"},
		{text: "the military", kind: "description", actor: "sdn-military"},
		{text: "An RSF adviser", kind: "description", actor: "rsf"},
		{text: "Mr. Lamamra", kind: "name", actor: "ramtane-lamamra"},
	}, []actorCheck{
		{"ramtane-lamamra", "IGOUN", "UN Personal Envoy for Sudan"},
		{"sdn-military", "SDNMIL", ""},
		{"rsf", "SDNREB", ""},
		{"nabil-abdallah", "SDNMIL", ""}, // "Army spokesman": the army named before
	})
}

func TestMentionsBrussels(t *testing.T) {
	a := analyzeOne(t, "../../examples/brussels-sanctions.html")
	checkMentions(t, a, []mentionCheck{
		{text: "Iranian officials", kind: "demonym", actor: "irn-officials"},
		{text: "Kallas", kind: "name", actor: "kaja-kallas"},
		{text: "She", kind: "pronoun", actor: "kaja-kallas"},
		{text: "Iran's Foreign Ministry spokesman Esmaeil Baghaei", kind: "name", actor: "esmaeil-baghaei"},
		{text: "Tehran", kind: "metonym", actor: "irn-gov"},
		{text: "He", kind: "pronoun", actor: "esmaeil-baghaei"},
		{text: "Hungary's foreign minister, Peter Szijjarto", kind: "name", actor: "peter-szijjarto"},
		{text: "Budapest", kind: "metonym", actor: "hun-gov"},
	}, []actorCheck{
		{"kaja-kallas", "IGOEU", ""},
		{"esmaeil-baghaei", "IRNGOV", ""},
		{"irn-officials", "IRNGOV", ""},
		{"peter-szijjarto", "HUNGOV", ""},
	})
}

// An invented article that calls a sitting president "the former
// president", and names unnamed officials and a person the dictionary
// does not know.
func TestMentionsContradictionAndUnnamed(t *testing.T) {
	a := analyzeOne(t, "testdata/ankara-offer.txt")
	if a.Published != "2025-06-12" {
		t.Fatalf("published = %q, want the dateline's date", a.Published)
	}
	checkMentions(t, a, []mentionCheck{
		{text: "a senior Turkish official", kind: "description", actor: "tur-officials"},
		{text: "Russian troops", kind: "demonym", actor: "rus-military"},
		{text: "Turkish Foreign Minister Hakan Fidan", kind: "name", actor: "hakan-fidan"},
		{text: "U.S. Secretary of State Marco Rubio", kind: "name", actor: "marco-rubio"},
		{text: "the official", kind: "description", actor: "tur-officials"},
		{text: "A White House aide", kind: "description", actor: "usa-officials"},
		{text: "The Turkish President", kind: "title", actor: "recep-tayyip-erdogan"},
		{text: "He", kind: "pronoun", actor: "recep-tayyip-erdogan"},
		{text: "Elysee spokeswoman Jane Roe", kind: "name", actor: "jane-roe"},
		{text: "We", kind: "pronoun", actor: "fra-gov"},
		{text: "Roe", kind: "name", actor: "jane-roe"},
		{text: "she", kind: "pronoun", actor: "jane-roe"},
		{text: "the former president Donald Trump", kind: "name", actor: "donald-trump", warn: true},
		{text: "The former president", kind: "description", actor: "donald-trump", warn: true},
		{text: "he", kind: "pronoun", actor: "donald-trump"},
		{text: "Erdogan", kind: "name", actor: "recep-tayyip-erdogan"},
	}, []actorCheck{
		{"tur-officials", "TURGOV", ""},
		{"usa-officials", "USAGOV", ""},
		{"rus-military", "RUSMIL", ""},
		{"jane-roe", "FRAGOV", ""},
		{"donald-trump", "USAGOV", "President"}, // the dictionary's role is kept
		{"recep-tayyip-erdogan", "TURGOV", "President"},
	})
	for _, m := range a.Mentions {
		if len(m.Warnings) > 0 && !strings.Contains(strings.ToLower(m.Text), "former president") {
			t.Errorf("unexpected warning on %q: %v", m.Text, m.Warnings)
		}
	}
}
