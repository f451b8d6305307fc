// Package coverage_test checks that every CAMEO code of the event pattern
// dictionary is reached from the usual news phrasings. Each case is a short
// wire-style sentence, written for this test, with two named actors; the full
// analyzer (segmentation, NER, mentions, events) runs on it, so the names are
// resolved the way they are on real text, and an event with the expected
// CAMEO root and the expected source and target countries must come out.
//
// The root is checked rather than the full code because the 3- and 4-digit
// codes of one root are often told apart only by context a single sentence
// does not settle (is "aid" economic or humanitarian?); the root is what the
// dyad-root evaluation scores. Cases that fail because of the grammar (roles,
// passives, clause structure) or of the mentions (a name not resolved to an
// actor) rather than a missing pattern carry a skip reason: they stay in the
// table as a to-do list, are skipped while they fail and are not counted as
// passing; one that starts to pass is counted and logged, so that its reason
// can be removed.
package coverage_test

import (
	"sort"
	"strings"
	"testing"

	"parley/internal/analysis"
	"parley/internal/cameo"
	"parley/internal/doc"
	"parley/internal/pipeline"
)

// coverageCase is one sentence and the event it must yield.
type coverageCase struct {
	code string // the CAMEO code the sentence illustrates; its first two digits are checked
	src  string // the source actor's country (ISO 3166 alpha-3, or the IGO code)
	tgt  string // the target actor's country
	text string
	skip string // non-empty: a known failure outside the dictionary, skipped with this reason while it fails
}

// TestCoverage runs the analyzer on each case and looks for an event with
// the case's root, source country and target country.
func TestCoverage(t *testing.T) {
	az := pipeline.NewAnalyzer(pipeline.Options{Published: "2001-03-12"})
	type tally struct{ pass, exact, fail, skip int }
	byRoot := map[string]*tally{}
	for i, c := range coverageCases {
		root := c.code[:2]
		tl := byRoot[root]
		if tl == nil {
			tl = &tally{}
			byRoot[root] = tl
		}
		name := c.code + "/" + firstWords(c.text, 5)
		t.Run(name, func(t *testing.T) {
			a := az.Analyze(&doc.Document{ID: "coverage", Text: c.text})
			ok := hasEvent(a, root, c.src, c.tgt)
			if ok && hasEvent(a, c.code, c.src, c.tgt) {
				tl.exact++ // the code or one of its children; reported only, not required
			}
			switch {
			case ok && c.skip != "":
				// The grammar has caught up: count the case, and say
				// so, so that its skip reason gets removed.
				tl.pass++
				t.Logf("passes now: drop its skip (%s)", c.skip)
				return
			case ok:
				tl.pass++
				return
			case c.skip != "":
				tl.skip++
				t.Skip(c.skip)
			}
			tl.fail++
			t.Errorf("case %d %q: no event %s %s->%s; got %s", i, c.text, root, c.src, c.tgt, describe(a))
		})
	}
	roots := make([]string, 0, len(byRoot))
	for r := range byRoot {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, r := range roots {
		tl := byRoot[r]
		t.Logf("root %s: %d passed (%d with the exact code), %d failed, %d skipped", r, tl.pass, tl.exact, tl.fail, tl.skip)
	}
}

// TestCoverageTable keeps the table itself sound: every case is of a
// CAMEO code of 3 or 4 digits and names both sides, no sentence is listed
// twice, and every such code of the CAMEO table has at least two cases, so
// that a code added to the table is added here too.
func TestCoverageTable(t *testing.T) {
	seen := map[string]bool{}
	perCode := map[string]int{}
	for i, c := range coverageCases {
		if n := len(c.code); n < 3 || n > 4 || !cameo.Valid(c.code) {
			t.Errorf("case %d: %q is not a 3- or 4-digit CAMEO code", i, c.code)
		}
		perCode[c.code]++
		if c.src == "" || c.tgt == "" {
			t.Errorf("case %d %q: source and target must both be named", i, c.text)
		}
		if seen[c.text] {
			t.Errorf("case %d: sentence %q listed twice", i, c.text)
		}
		seen[c.text] = true
	}
	for _, code := range cameo.Codes() {
		if len(code.Code) >= 3 && perCode[code.Code] < 2 {
			t.Errorf("CAMEO code %s (%s) has %d cases, want at least 2", code.Code, code.Name, perCode[code.Code])
		}
	}
}

// hasEvent reports whether a has an event whose code starts with code (a
// root or a full code) and whose source and target include actors of the
// given countries.
func hasEvent(a *analysis.Analysis, code, src, tgt string) bool {
	country := make(map[string]string, len(a.Actors))
	for _, ac := range a.Actors {
		country[ac.ID] = ac.Country
	}
	for _, e := range a.Events {
		if !strings.HasPrefix(e.Code, code) {
			continue
		}
		if side(e.Source, e.SourceCode, country, src) && side(e.Target, e.TargetCode, country, tgt) {
			return true
		}
	}
	return false
}

// side reports whether one side of an event (its actor ids, or its code
// when the ids are empty) belongs to country.
func side(ids []string, code string, country map[string]string, want string) bool {
	for _, id := range ids {
		if country[id] == want {
			return true
		}
	}
	return strings.HasPrefix(code, want)
}

// describe lists a's events for a failure message.
func describe(a *analysis.Analysis) string {
	if len(a.Events) == 0 {
		return "no events"
	}
	var b strings.Builder
	for i, e := range a.Events {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Code + " " + e.SourceCode + "->" + e.TargetCode + " [" + e.Modality + "]")
		if e.Negated {
			b.WriteString(" negated")
		}
	}
	return b.String()
}

// firstWords returns the first n words of s, for a readable subtest name.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, "_")
}

// coverageCases: two or three sentences per CAMEO code, in the style of
// wire copy, written for this test. The expected root follows CAMEO's
// conventions, not the surface verb: a pledge or an "agreed to" is an
// intent (03), a refusal a rejection (12), a warning of force a threat (13).
var coverageCases = []coverageCase{
	// 01 MAKE PUBLIC STATEMENT
	{"010", "DEU", "POL", "The German foreign minister briefed Poland on the talks on Monday.", ""},
	{"010", "JPN", "IND", "Japan's prime minister addressed the Indian parliament on Friday.", ""},
	{"011", "GBR", "IRN", "Britain declined to comment on the Iranian request on Tuesday.", ""},
	{"011", "CHN", "JPN", "China refused to comment on the Japanese report.", ""},
	{"012", "PAK", "IND", "Pakistan voiced pessimism about the peace talks with India.", ""},
	{"012", "GRC", "TUR", "Greece expressed doubts about the Turkish peace offer on Wednesday.", ""},
	{"013", "EGY", "ISR", "Egypt voiced optimism about its talks with Israel.", ""},
	{"013", "JOR", "SYR", "Jordan expressed hope for a quick deal with Syria on water.", ""},
	{"014", "JPN", "CHN", "Japan said it was considering a Chinese proposal for joint patrols.", ""},
	{"014", "USA", "MEX", "The United States is weighing an offer from Mexico on border security.", ""},
	{"015", "PSE", "ISR", "Hamas claimed responsibility for the attack on Israeli soldiers.", ""},
	{"015", "RUS", "GEO", "Russia acknowledged responsibility for the downing of a Georgian drone.", ""},
	{"016", "SYR", "TUR", "Syria denied responsibility for the shelling of Turkish villages.", ""},
	{"016", "IRN", "USA", "Iran rejected American accusations that it armed the rebels.", ""},
	{"016", "PAK", "IND", "Pakistan denied Indian charges that it sheltered the attackers.", ""},
	{"017", "FRA", "DZA", "The French president laid a wreath at an Algerian war memorial on Sunday.", ""},
	{"017", "DEU", "POL", "Germany's chancellor held a minute of silence for Polish war victims.", ""},
	{"018", "JPN", "TUR", "Japan expressed condolences to Turkey over the earthquake.", ""},
	{"018", "CHN", "NPL", "China sent its condolences to Nepal after the floods.", ""},
	{"018", "FRA", "HTI", "France expressed sympathy with Haiti after the hurricane.", ""},
	{"019", "FRA", "DEU", "France said it shared Germany's view on the budget.", ""},
	{"019", "BRA", "ARG", "Brazil expressed agreement with Argentina on the trade rules.", ""},

	// 02 APPEAL
	{"020", "MEX", "USA", "Mexico appealed to the United States on Monday to reconsider the wall.", ""},
	{"020", "GHA", "NGA", "Ghana asked Nigeria for understanding over the border closure.", ""},
	{"021", "VNM", "JPN", "Vietnam called for closer cooperation with Japan.", ""},
	{"021", "KEN", "CHN", "Kenya sought Chinese help in building a railway.", ""},
	{"0211", "KEN", "CHN", "Kenya urged China to invest more in its ports.", ""},
	{"0211", "MNG", "KOR", "Mongolia appealed to South Korea for more trade.", ""},
	{"0212", "POL", "USA", "Poland asked the United States for joint military exercises.", ""},
	{"0212", "GEO", "TUR", "Georgia called for closer military cooperation with Turkey.", ""},
	{"0213", "ITA", "BRA", "Italy asked Brazil to extradite the fugitive banker.", ""},
	{"0213", "ESP", "ARG", "Spain requested the extradition of a murder suspect from Argentina.", ""},
	{"0214", "GBR", "PAK", "Britain asked Pakistan to share intelligence on the plot.", ""},
	{"0214", "FRA", "MAR", "France sought intelligence from Morocco about the attackers.", ""},
	{"022", "UKR", "DEU", "Ukraine urged Germany to back its bid to join the alliance.", ""},
	{"022", "SRB", "RUS", "Serbia sought Russia's support at the United Nations.", ""},
	{"023", "HTI", "USA", "Haiti appealed to the United States for aid.", ""},
	{"023", "LBN", "FRA", "Lebanon asked France for help in rebuilding the port.", ""},
	{"0231", "GRC", "DEU", "Greece asked Germany for a loan.", ""},
	{"0231", "EGY", "SAU", "Egypt sought financial assistance from Saudi Arabia.", ""},
	{"0232", "UKR", "USA", "Ukraine asked the United States for more weapons.", ""},
	{"0232", "ARM", "RUS", "Armenia requested military aid from Russia on Sunday.", ""},
	{"0233", "BGD", "IND", "Bangladesh appealed to India for food aid after the cyclone.", ""},
	{"0233", "SOM", "GBR", "Somalia asked Britain for humanitarian assistance.", ""},
	{"0234", "MLI", "FRA", "Mali asked France to send troops to protect the capital.", ""},
	{"0234", "SOM", "KEN", "Somalia appealed to Kenya for peacekeepers.", ""},
	{"024", "GBR", "ZWE", "Britain urged Zimbabwe to carry out political reforms.", ""},
	{"024", "USA", "EGY", "The United States called on Egypt to allow free elections.", ""},
	{"0241", "USA", "SYR", "The United States called on the Syrian president to step down.", ""},
	{"0241", "FRA", "CIV", "France urged the Ivorian president to resign.", ""},
	{"0242", "DEU", "BRA", "Germany called on Brazil to change its forest policy.", ""},
	{"0242", "CAN", "CHN", "Canada urged China to reverse its decision on visas.", ""},
	{"0243", "USA", "EGY", "The United States urged Egypt to respect human rights.", ""},
	{"0243", "SWE", "IRN", "Sweden called on Iran to respect the rights of women.", ""},
	{"0244", "GBR", "FJI", "Britain called on Fiji to restore democracy.", ""},
	{"0244", "AUS", "MMR", "Australia urged Myanmar to return to civilian rule.", ""},
	{"025", "RUS", "UKR", "Russia urged Ukraine to make concessions.", ""},
	{"025", "USA", "ISR", "The United States asked Israel to make compromises on settlements.", ""},
	{"0251", "USA", "MMR", "The United States urged Myanmar to lift restrictions on the media.", ""},
	{"0251", "CAN", "IRN", "Canada called on Iran to ease curbs on foreign journalists.", ""},
	{"0252", "NPL", "NPL", "The Nepalese government appealed to Maoist rebels to end their strike.",
		"grammar: in 'appealed to X to end ...' the governed verb (087) is coded with no target and the appeal itself is dropped"},
	{"0252", "THA", "THA", "Thailand's prime minister urged opposition protesters to end their sit-in.",
		"grammar: in 'urged X to end ...' the governed verb (082) is coded with X as its source and the appeal is dropped"},
	{"0253", "GBR", "IRN", "Britain called on Iran to release the detained sailors.", ""},
	{"0253", "AUS", "CHN", "Australia urged China to free a jailed Australian journalist.", ""},
	{"0253", "FRA", "MLI", "France appealed for the release of two French hostages held in Mali.",
		"grammar: the holder named in a reduced relative ('held in Mali') is not taken as the target"},
	{"0254", "CUB", "USA", "Cuba urged the United States to lift its trade embargo.", ""},
	{"0254", "IRN", "GBR", "Iran called on Britain to lift its sanctions.", ""},
	{"0255", "GBR", "SDN", "Britain urged Sudan to allow UN peacekeepers into Darfur.", ""},
	{"0255", "USA", "IRQ", "The United States called on Iraq to let weapons inspectors back in.", ""},
	{"0256", "CHN", "IND", "China urged India to pull back its troops from the border.", ""},
	{"0256", "USA", "ISR", "The United States called on Israel to show restraint.", ""},
	{"0256", "FRA", "RUS", "France appealed to Russia for a ceasefire in Georgia.", ""},
	{"026", "RUS", "UKR", "Russia urged Ukraine to return to negotiations.", ""},
	{"026", "JPN", "PRK", "Japan called on North Korea to resume talks.", ""},
	{"027", "USA", "GRC", "The United States urged Greece to settle its dispute with Turkey.", ""},
	{"027", "CHN", "VNM", "China urged Vietnam to resolve the island dispute peacefully.", ""},
	{"028", "LBN", "FRA", "Lebanon asked France to mediate with Syria.", ""},
	{"028", "SDN", "EGY", "Sudan called for Egyptian mediation in its dispute with Ethiopia.", ""},

	// 03 EXPRESS INTENT TO COOPERATE
	{"030", "JPN", "KOR", "Japan said it would cooperate with South Korea on fisheries.", ""},
	{"030", "IND", "BGD", "India pledged to work with Bangladesh on flood control.", ""},
	{"031", "CHN", "PAK", "China agreed to cooperate with Pakistan on energy projects.", ""},
	{"031", "RUS", "IRN", "Russia offered to help Iran build a second reactor.", ""},
	{"0311", "IND", "BGD", "India offered to expand trade with Bangladesh.", ""},
	{"0311", "DEU", "GRC", "Germany pledged to invest in Greek infrastructure.", ""},
	{"0312", "RUS", "IND", "Russia offered to hold joint naval exercises with India.", ""},
	{"0312", "FRA", "MLI", "France agreed to train Malian soldiers.", ""},
	{"0313", "BRA", "ITA", "Brazil agreed to extradite the banker to Italy.", ""},
	{"0313", "LBY", "GBR", "Libya has offered to hand over two of its nationals to Britain for trial.", ""},
	{"0314", "PAK", "AFG", "Pakistan offered to share intelligence with Afghanistan.", ""},
	{"0314", "JOR", "USA", "Jordan promised to give the United States information on the cell.", ""},
	{"032", "RUS", "SRB", "Russia pledged to support Serbia at the United Nations.", ""},
	{"032", "CHN", "PAK", "China said it would back Pakistan's bid for membership.", ""},
	{"033", "JPN", "PHL", "Japan pledged aid to the Philippines.", ""},
	{"033", "USA", "HTI", "The United States promised assistance to Haiti on Friday.", ""},
	{"0331", "SAU", "EGY", "Saudi Arabia pledged 2 billion dollars in loans to Egypt.", ""},
	{"0331", "JPN", "BGD", "Japan pledged 50 million dollars in flood aid to Bangladesh on Tuesday.", ""},
	{"0332", "USA", "UKR", "The United States promised to send weapons to Ukraine.", ""},
	{"0332", "RUS", "SYR", "Russia offered to supply Syria with air defence systems.", ""},
	{"0333", "GBR", "PAK", "Britain pledged humanitarian aid to Pakistan after the floods.", ""},
	{"0333", "TUR", "SOM", "Turkey promised food and medicine to Somalia.", ""},
	{"0334", "FRA", "LBN", "France offered to send peacekeepers to Lebanon.", ""},
	{"0334", "GHA", "LBR", "Ghana pledged troops for a peacekeeping force in Liberia.", ""},
	{"034", "ZWE", "GBR", "Zimbabwe promised Britain it would carry out political reforms.",
		"grammar: 'promised X it would ...' makes the addressee X the source of the inner verb; the promiser is lost"},
	{"034", "KEN", "USA", "Kenya assured the United States that it would hold free elections.",
		"grammar: 'assured X that it would ...' is coded as optimism (013); the intent of the inner clause is lost"},
	{"0341", "YEM", "SAU", "Yemen's president told Saudi Arabia he would hand over power.",
		"grammar: 'told X he would ...' gives the inner intent no target (the addressee X)"},
	{"0342", "JPN", "CHN", "Japan promised China it would revise its history textbooks.",
		"grammar: 'promised X it would ...' (and 'revise textbooks' has no pattern of its own)"},
	{"0343", "TUR", "DEU", "Turkey assured Germany it would expand Kurdish language rights.",
		"grammar: 'assured X it would ...' is coded as optimism (013); the intent of the inner clause is lost"},
	{"0344", "FJI", "AUS", "Fiji promised Australia it would restore democracy.",
		"grammar: 'promised X it would ...' gives no event when the inner verb has no pattern (restore democracy)"},
	{"035", "ISR", "EGY", "Israel told Egypt it was ready to make concessions.",
		"grammar: 'told X it was ready to ...' makes the addressee X the source"},
	{"035", "SRB", "RUS", "Serbia offered concessions to Russia on the pipeline.", ""},
	{"0351", "MMR", "USA", "Myanmar promised the United States it would lift restrictions on the press.",
		"grammar: 'promised X it would ...' makes the addressee X the source of the inner verb"},
	{"0352", "NPL", "NPL", "Nepal's Maoist rebels agreed to call off their strike against the government.", ""},
	{"0353", "IRN", "GBR", "Iran offered to release the British sailors.", ""},
	{"0353", "PRK", "KOR", "North Korea agreed to free six South Korean fishermen.", ""},
	{"0354", "USA", "IND", "The United States said it would lift sanctions on India.", ""},
	{"0354", "JPN", "IRN", "Japan promised to ease its embargo on Iran.", ""},
	{"0355", "SDN", "IGOUN", "Sudan agreed to let UN peacekeepers into Darfur.", ""},
	{"0355", "IRN", "IGOIAEA", "Iran agreed to allow IAEA inspectors to visit the site.", ""},
	{"0356", "IND", "PAK", "India offered to pull back troops from the Pakistani border.", ""},
	{"0356", "RUS", "GEO", "Russia promised to withdraw its troops from Georgia.", ""},
	{"036", "IND", "PAK", "India agreed to hold talks with Pakistan.", ""},
	{"036", "JPN", "CHN", "Japan said it would meet China next month.", ""},
	{"036", "EGY", "ISR", "Egypt proposed talks with Israel on border security.", ""},
	{"037", "PER", "ECU", "Peru agreed to settle its border dispute with Ecuador.", ""},
	{"037", "ETH", "ERI", "Ethiopia promised to resolve its quarrel with Eritrea peacefully.", ""},
	{"038", "SDN", "QAT", "Sudan agreed to accept mediation by Qatar.", ""},
	{"038", "ETH", "KEN", "Ethiopia accepted a Kenyan offer to mediate.", ""},
	{"039", "NOR", "LKA", "Norway offered to mediate between Sri Lanka and the rebels.", ""},
	{"039", "TUR", "RUS", "Turkey offered to mediate between Russia and Ukraine.", ""},

	// 04 CONSULT
	{"040", "GBR", "FRA", "Britain consulted France on the plan.", ""},
	{"040", "USA", "JPN", "The United States and Japan held consultations on trade on Friday.", ""},
	{"041", "FRA", "DEU", "The French president spoke by telephone with the German chancellor.", ""},
	{"041", "RUS", "TUR", "Russia's president telephoned the Turkish prime minister on Monday.", ""},
	{"042", "CHN", "IND", "The Chinese premier visited India on Monday.", ""},
	{"042", "JPN", "KOR", "Japan's foreign minister arrived in Seoul for a two-day visit.", ""},
	{"043", "EGY", "ISR", "Egypt hosted the Israeli prime minister in Cairo.", ""},
	{"043", "JOR", "IRQ", "Jordan welcomed the Iraqi president on a state visit.", ""},
	{"044", "IND", "PAK", "The Indian and Pakistani leaders met in New York.", ""},
	{"044", "GRC", "TUR", "The foreign ministers of Greece and Turkey met in Brussels.", ""},
	{"045", "QAT", "SDN", "Qatar mediated between Sudan and the Darfur rebels.", ""},
	{"045", "EGY", "ISR", "Egypt brokered talks between Israel and Hamas.", ""},
	{"046", "IRN", "USA", "Iran and the United States negotiated over the nuclear programme.", ""},
	{"046", "ISR", "SYR", "Israel held negotiations with Syria on the Golan Heights.", ""},

	// 05 ENGAGE IN DIPLOMATIC COOPERATION
	{"050", "RUS", "CHN", "Russia and China deepened their diplomatic cooperation.", ""},
	{"050", "GBR", "IRL", "Britain improved its relations with Ireland.", ""},
	{"051", "USA", "EGY", "The United States praised Egypt for its role in the talks.", ""},
	{"051", "JPN", "IND", "Japan welcomed India's decision to join the pact.", ""},
	{"052", "CHN", "PRK", "China defended North Korea at the Security Council.", ""},
	{"052", "RUS", "SYR", "Russia spoke out in defence of Syria on Tuesday.", ""},
	{"053", "FRA", "LBN", "France rallied support for Lebanon at the donor conference.", ""},
	{"053", "SAU", "YEM", "Saudi Arabia lobbied for support for Yemen's government.", ""},
	{"054", "SWE", "PSE", "Sweden recognised Palestine as a state.", ""},
	{"054", "GBR", "HRV", "Britain formally recognised Croatia on Wednesday.", ""},
	{"055", "JPN", "KOR", "Japan apologised to South Korea for its wartime actions.", ""},
	{"055", "USA", "CHN", "The United States apologised to China for the collision.", ""},
	{"056", "VNM", "USA", "Vietnam said it had forgiven the United States for the war.", ""},
	{"056", "TLS", "IDN", "East Timor forgave Indonesia for the occupation.", ""},
	{"057", "ISR", "JOR", "Israel and Jordan signed a peace treaty.", ""},
	{"057", "IND", "JPN", "India signed a trade agreement with Japan.", ""},

	// 06 ENGAGE IN MATERIAL COOPERATION
	{"060", "JPN", "AUS", "Japan and Australia launched a joint energy project.", ""},
	{"061", "RUS", "KAZ", "Russia and Kazakhstan set up a joint venture to launch satellites.", ""},
	{"061", "DEU", "HUN", "Germany invested 2 billion euros in Hungary.", ""},
	{"061", "CHN", "BRA", "China and Brazil boosted trade between them.", ""},
	{"062", "USA", "KOR", "The United States and South Korea held joint military exercises.", ""},
	{"062", "RUS", "IND", "Russian and Indian navies conducted joint drills.",
		"mentions: 'Russian and Indian navies' is not resolved to two actors"},
	{"063", "BRA", "ITA", "Brazil extradited the banker to Italy.", ""},
	{"063", "ESP", "FRA", "Spain handed over the suspect to French authorities.", ""},
	{"064", "PAK", "USA", "Pakistan shared intelligence with the United States on the plot.", ""},
	{"064", "JOR", "EGY", "Jordan passed information about the cell to Egypt.", ""},

	// 07 PROVIDE AID
	{"070", "JPN", "KHM", "Japan provided aid to Cambodia.", ""},
	{"070", "USA", "COL", "The United States gave assistance to Colombia.", ""},
	{"071", "SAU", "EGY", "Saudi Arabia gave Egypt a 2 billion dollar loan.", ""},
	{"071", "CHN", "LKA", "China lent Sri Lanka 1 billion dollars.", ""},
	{"072", "USA", "POL", "The United States delivered tanks to Poland.", ""},
	{"072", "RUS", "SYR", "Russia supplied Syria with fighter jets.", ""},
	{"072", "RUS", "GEO", "Georgia received weapons from Russia.", ""},
	{"073", "GBR", "ETH", "Britain sent food aid to Ethiopia.", ""},
	{"073", "TUR", "SYR", "Turkey delivered medicine to Syrian refugees.", ""},
	{"074", "GHA", "LBR", "Ghana sent peacekeepers to Liberia.", ""},
	{"074", "FRA", "CIV", "France deployed peacekeeping troops to Ivory Coast.", ""},
	{"075", "GBR", "RUS", "Britain granted political asylum to a Russian businessman.", ""},
	{"075", "ECU", "USA", "Ecuador gave asylum to an American whistleblower.", ""},

	// 08 YIELD
	{"080", "ISR", "EGY", "Israel made concessions to Egypt.", ""},
	{"080", "SRB", "XKX", "Serbia gave in to Kosovo on the border crossings.", ""},
	{"081", "CHN", "JPN", "China lifted restrictions on Japanese journalists.", ""},
	{"081", "RUS", "GEO", "Russia eased visa rules for Georgian citizens.", ""},
	{"0811", "SYR", "LBN", "Syria lifted a ban on Lebanese newspapers.", ""},
	{"0811", "CHN", "GBR", "China unblocked British news websites.", ""},
	{"0812", "EGY", "EGY", "Egypt lifted the ban on the Muslim Brotherhood.", ""},
	{"0812", "TUR", "TUR", "Turkey's government lifted a ban on a Kurdish party.",
		"grammar: domestic target; 'a Kurdish party' is no actor and the country's own people are not inferred"},
	{"0813", "ISR", "PSE", "Israel lifted the curfew on Palestinian towns.", ""},
	{"0813", "IND", "IND", "Indian authorities eased the curfew in Kashmir.",
		"grammar: domestic target; a place after 'in' is never a target"},
	{"0814", "THA", "THA", "Thailand lifted the state of emergency in Bangkok.", ""},
	{"0814", "PAK", "PAK", "Pakistan's president ended martial law.",
		"grammar: domestic target; an act on the country itself gets no target"},
	{"082", "NPL", "NPL", "Nepalese opposition parties called off their general strike.",
		"grammar: domestic target; the government the strike was against is not inferred"},
	{"082", "KEN", "KEN", "Kenyan opposition supporters ended their protest against the government.", ""},
	{"083", "KEN", "GBR", "Kenya agreed to British demands for reform.", ""},
	{"083", "ZWE", "ZAF", "Zimbabwe bowed to South African pressure for reform.", ""},
	{"0831", "YEM", "SAU", "Yemen's president handed over power under a Saudi plan.", ""},
	{"0832", "JPN", "AUS", "Japan changed its whaling policy after pressure from Australia.",
		"grammar: the party yielded to, in 'after pressure from X', is not taken as the target"},
	{"0833", "TUR", "TUR", "Turkey granted Kurds the right to broadcast in their language.",
		"mentions: 'Kurds' is no actor, so the domestic target is empty"},
	{"0834", "FJI", "AUS", "Fiji restored democracy after pressure from Australia.",
		"grammar: the party yielded to, in 'after pressure from X', is not taken as the target (and 0834 has no 'restore democracy' pattern)"},
	{"084", "IRN", "GBR", "Iran released the British sailors.", ""},
	{"084", "IRQ", "KWT", "Iraq returned Kuwaiti prisoners and property.", ""},
	{"0841", "PRK", "USA", "North Korea freed two American journalists.", ""},
	{"0841", "ISR", "PSE", "Israel released 500 Palestinian prisoners.", ""},
	{"0842", "RUS", "UKR", "Russia returned the seized Ukrainian ships.",
		"grammar: the participle adjective 'seized' is read as a verb, and NER misses 'Ukrainian' after it ('returned the Ukrainian ships' is coded 0842)"},
	{"0842", "IRQ", "KWT", "Iraq handed back Kuwaiti archives on Sunday.", ""},
	{"085", "USA", "VNM", "The United States lifted sanctions on Vietnam.", ""},
	{"085", "JPN", "IND", "Japan lifted its ban on imports from India.", ""},
	{"086", "IRQ", "IGOUN", "Iraq allowed the United Nations to resume its work in the country.",
		"grammar: 'allowed X to <verb>' gives no event when the inner verb has no pattern; X should be the target of 086"},
	{"0861", "SDN", "IGOUN", "Sudan accepted UN peacekeepers in Darfur.", ""},
	{"0861", "IDN", "AUS", "Indonesia accepted Australian peacekeepers in East Timor.", ""},
	{"0862", "IRN", "IGOIAEA", "Iran let IAEA inspectors visit the site.", ""},
	{"0862", "IRQ", "IGOUN", "Iraq allowed UN weapons inspectors to return.", ""},
	{"0863", "MMR", "THA", "Myanmar allowed Thai aid workers into the delta.", ""},
	{"0863", "SYR", "TUR", "Syria let Turkish aid convoys into Aleppo.", ""},
	{"087", "IND", "PAK", "India pulled back troops from the Pakistani border.", ""},
	{"087", "CHN", "IND", "China scaled down its military presence on the Indian border.", ""},
	{"0871", "RUS", "UKR", "Russia declared a truce with Ukraine.", ""},
	{"0871", "ETH", "ERI", "Ethiopia and Eritrea declared a ceasefire.", ""},
	{"0872", "ISR", "PSE", "Israel eased its blockade of Gaza.", ""},
	{"0872", "AZE", "ARM", "Azerbaijan lifted its blockade of Armenia.", ""},
	{"0873", "ETH", "ERI", "Ethiopia demobilised troops along the Eritrean border.", ""},
	{"0873", "AGO", "AGO", "Angolan rebels disarmed under the peace deal with the government.", ""},
	{"0874", "IRQ", "USA", "Iraqi troops surrendered to American forces.", ""},
	{"0874", "RUS", "GEO", "Russia withdrew its troops from Georgia.", ""},

	// 09 INVESTIGATE
	{"090", "GBR", "RUS", "Britain investigated the Russian embassy's finances.", ""},
	{"090", "USA", "CHN", "The United States launched an inquiry into Chinese hacking.", ""},
	{"091", "FRA", "RUS", "French police investigated a Russian businessman for fraud.", ""},
	{"091", "ITA", "EGY", "Italy opened an investigation into Egyptian officials.", ""},
	{"092", "CAN", "LKA", "Canada launched an inquiry into Sri Lankan rights abuses.", ""},
	{"092", "GBR", "BHR", "Britain investigated reports of torture by Bahraini police.", ""},
	{"093", "TUR", "SYR", "Turkey investigated the Syrian air strike on its border.", ""},
	{"093", "ISR", "LBN", "Israel opened a probe into the shelling of a Lebanese village.", ""},
	{"094", "NLD", "RUS", "The Netherlands opened a war crimes investigation into Russian commanders.", ""},
	{"094", "SRB", "HRV", "Serbia investigated Croatian war crimes.", ""},

	// 10 DEMAND
	{"100", "IRN", "GBR", "Iran demanded an explanation from Britain.", ""},
	{"100", "CHN", "USA", "China demanded that the United States stop the patrols.", ""},
	{"101", "IRQ", "TUR", "Iraq demanded that Turkey share water from the river.", ""},
	{"1011", "CHN", "JPN", "China demanded that Japan open its markets.", ""},
	{"1011", "USA", "CHN", "The United States demanded that China buy more American goods.", ""},
	{"1012", "LTU", "USA", "Lithuania demanded that the United States station more troops on its soil.", ""},
	{"1013", "ITA", "BRA", "Italy demanded that Brazil extradite the banker.", ""},
	{"1013", "USA", "RUS", "The United States demanded the extradition of the hacker from Russia.", ""},
	{"1014", "GBR", "PAK", "Britain demanded that Pakistan hand over intelligence on the plot.", ""},
	{"102", "ISR", "FRA", "Israel demanded that France support its position at the United Nations.", ""},
	{"103", "HTI", "USA", "Haiti demanded aid from the United States.", ""},
	{"1031", "GRC", "DEU", "Greece demanded war reparations from Germany.", ""},
	{"1031", "PAK", "USA", "Pakistan demanded compensation from the United States.", ""},
	{"1032", "UKR", "DEU", "Ukraine demanded more weapons from Germany.", ""},
	{"1033", "SOM", "GBR", "Somalia demanded that Britain send food aid.", ""},
	{"1034", "MLI", "FRA", "Mali demanded that France send more troops to protect the north.", ""},
	{"104", "GBR", "ZWE", "Britain demanded that Zimbabwe hold free elections.", ""},
	{"1041", "USA", "SYR", "The United States demanded the resignation of the Syrian president.", ""},
	{"1041", "FRA", "CIV", "France demanded that the Ivorian president step down.", ""},
	{"1042", "JPN", "CHN", "Japan demanded that China change its export policy.", ""},
	{"1043", "SWE", "IRN", "Sweden demanded that Iran respect women's rights.", ""},
	{"1044", "GBR", "FJI", "Britain demanded that Fiji restore democracy.", ""},
	{"105", "RUS", "UKR", "Russia demanded that Ukraine make concessions.", ""},
	{"1051", "USA", "MMR", "The United States demanded that Myanmar lift restrictions on the press.", ""},
	{"1052", "THA", "THA", "The Thai government demanded that opposition protesters end their sit-in.", ""},
	{"1053", "GBR", "IRN", "Britain demanded that Iran release its sailors.", ""},
	{"1053", "AUS", "CHN", "Australia demanded the release of its citizen from China.", ""},
	{"1054", "IRN", "USA", "Iran demanded that the United States lift sanctions.", ""},
	{"1055", "GBR", "SDN", "Britain demanded that Sudan allow UN peacekeepers into Darfur.", ""},
	{"1056", "CHN", "IND", "China demanded that India withdraw its troops from the border.", ""},
	{"1056", "FRA", "RUS", "France demanded an immediate ceasefire from Russia.", ""},
	{"106", "PAK", "IND", "Pakistan demanded talks with India.", ""},
	{"107", "PER", "ECU", "Peru demanded that Ecuador settle the border dispute.", ""},
	{"108", "SDN", "EGY", "Sudan demanded that Egypt mediate in the dispute.", ""},

	// 11 DISAPPROVE
	{"110", "FRA", "ITA", "France voiced disapproval of the Italian plan.", ""},
	{"110", "DEU", "USA", "Germany objected to the American tariffs.", ""},
	{"111", "RUS", "USA", "Russia condemned the American air strikes.", ""},
	{"111", "CHN", "JPN", "China criticised Japan for the visit to the shrine.", ""},
	{"111", "TUR", "ISR", "Turkey denounced Israel on Tuesday.", ""},
	{"112", "IRN", "ISR", "Iran accused Israel of plotting against it.", ""},
	{"112", "IND", "PAK", "India blamed Pakistan for the attack.", ""},
	{"1121", "RUS", "UKR", "Russia accused Ukraine of stealing gas.", ""},
	{"1121", "KEN", "UGA", "Kenya accused Uganda of smuggling.", ""},
	{"1122", "USA", "CHN", "The United States accused China of human rights abuses.", ""},
	{"1123", "ARM", "AZE", "Armenia accused Azerbaijan of aggression.", ""},
	{"1124", "UKR", "RUS", "Ukraine accused Russia of war crimes.", ""},
	{"1125", "CHN", "USA", "China accused the United States of spying.", ""},
	{"1125", "RUS", "GBR", "Russia accused a British diplomat of espionage.", ""},
	{"113", "SYR", "ISR", "Syria rallied Arab opposition against Israel.", ""},
	{"113", "IRN", "USA", "Iran called on Muslim nations to unite against the United States.",
		"grammar: governed verb; the outer appeal (020) is coded, CAMEO wants 113 against the object of the inner 'against'"},
	{"114", "JPN", "CHN", "Japan lodged a formal complaint with China.", ""},
	{"114", "GRC", "TUR", "Greece complained to Turkey about airspace violations.", ""},
	{"115", "UKR", "RUS", "Ukraine sued Russia at the International Court of Justice.", ""},
	{"115", "BIH", "SRB", "Bosnia filed a lawsuit against Serbia.", ""},
	{"116", "DEU", "IRN", "A German court found Iranian officials guilty of the killings.", ""},
	{"116", "FRA", "RUS", "A French court convicted a Russian spy.", ""},

	// 12 REJECT
	{"120", "SRB", "AUS", "Serbia on Thursday flatly rejected an Australian ultimatum.", ""},
	{"120", "ISR", "EGY", "Israel rejected the Egyptian proposal.", ""},
	{"121", "JPN", "CHN", "Japan rejected China's offer of cooperation.", ""},
	{"1211", "BRA", "ARG", "Brazil rejected an Argentine trade proposal.", ""},
	{"1212", "IND", "USA", "India turned down an American offer of joint exercises.", ""},
	{"1213", "BRA", "ITA", "Brazil refused to extradite the banker to Italy.", ""},
	{"1214", "PAK", "IND", "Pakistan refused to share intelligence with India.", ""},
	{"122", "ZWE", "GBR", "Zimbabwe rejected British aid.", ""},
	{"1221", "ETH", "CHN", "Ethiopia turned down a loan from China.", ""},
	{"1222", "USA", "UKR", "The United States rejected Ukraine's request for fighter jets.", ""},
	{"1223", "MMR", "USA", "Myanmar refused humanitarian aid from the United States.", ""},
	{"1224", "RWA", "FRA", "Rwanda rejected France's offer of peacekeepers.", ""},
	{"123", "ZWE", "GBR", "Zimbabwe rejected British demands for reform.", ""},
	{"1231", "SYR", "USA", "The Syrian president rejected American calls to step down.", ""},
	{"1232", "CHN", "JPN", "China rejected Japanese demands to change its policy.", ""},
	{"1233", "IRN", "SWE", "Iran rejected Swedish calls to respect women's rights.", ""},
	{"1234", "FJI", "AUS", "Fiji rejected Australian demands to restore democracy.", ""},
	{"124", "ISR", "SYR", "Israel refused to make concessions to Syria.", ""},
	{"1241", "MMR", "GBR", "Myanmar refused to lift restrictions on British journalists.", ""},
	{"1242", "THA", "THA", "Thai opposition protesters refused to end their sit-in against the government.", ""},
	{"1243", "IRN", "GBR", "Iran refused to release the British sailors.", ""},
	{"1244", "USA", "CUB", "The United States refused to lift sanctions on Cuba.", ""},
	{"1245", "SDN", "IGOUN", "Sudan refused to allow UN peacekeepers into Darfur.", ""},
	{"1245", "IRQ", "IGOUN", "Iraq refused to admit UN weapons inspectors.", ""},
	{"1246", "RUS", "GEO", "Russia refused to withdraw its troops from Georgia.", ""},
	{"125", "PAK", "IND", "Pakistan rejected India's offer of talks.", ""},
	{"125", "PRK", "KOR", "North Korea refused to meet South Korea.", ""},
	{"126", "ETH", "KEN", "Ethiopia rejected Kenyan mediation.", ""},
	{"127", "ISR", "EGY", "Israel rejected the Egyptian peace plan.", ""},
	{"128", "PRK", "USA", "North Korea defied the United States with a missile test.", ""},
	{"129", "RUS", "FRA", "Russia vetoed a French resolution on Syria.", ""},
	{"129", "CHN", "GBR", "China vetoed the British draft.", ""},

	// 13 THREATEN
	{"130", "RUS", "GEO", "Russia threatened Georgia on Monday.", ""},
	{"130", "IRN", "ISR", "Iran warned Israel of consequences.", ""},
	{"131", "CHN", "JPN", "China threatened Japan with countermeasures over the islands.", ""},
	{"1311", "USA", "EGY", "The United States threatened to cut aid to Egypt.", ""},
	{"1312", "GBR", "IRN", "Britain threatened to impose sanctions on Iran.", ""},
	{"1312", "CHN", "AUS", "China threatened a boycott of Australian goods.", ""},
	{"1313", "TUR", "ISR", "Turkey threatened to break off relations with Israel.", ""},
	{"132", "CHN", "USA", "China threatened to revoke the licences of American journalists.", ""},
	{"1321", "TUR", "SWE", "Turkey threatened to block Swedish websites.", ""},
	{"1322", "THA", "THA", "Thailand's army threatened to ban the opposition party.",
		"grammar: domestic target; 'the opposition party' is not resolved to the country's opposition"},
	{"1323", "ISR", "PSE", "Israel threatened to impose a curfew on Palestinian towns.", ""},
	{"1324", "PAK", "PAK", "Pakistan's army threatened to impose martial law on the country.",
		"grammar: domestic target; 'the country' is not resolved to Pakistan"},
	{"133", "KEN", "KEN", "Kenyan opposition leaders threatened mass protests against the government.", ""},
	{"134", "ISR", "SYR", "Israel threatened to pull out of talks with Syria.", ""},
	{"135", "EGY", "ISR", "Egypt threatened to stop mediating between Israel and Hamas.", ""},
	{"136", "SDN", "IGOUN", "Sudan threatened to expel UN peacekeepers.", ""},
	{"136", "IRN", "IGOIAEA", "Iran threatened to expel IAEA inspectors.", ""},
	{"137", "SYR", "SYR", "Syria's government threatened a crackdown on the opposition.", ""},
	{"138", "PRK", "KOR", "North Korea threatened military action against South Korea.", ""},
	{"138", "IND", "PAK", "India warned Pakistan of military retaliation.", ""},
	{"1381", "CHN", "TWN", "China threatened to blockade Taiwan.", ""},
	{"1382", "TUR", "IRQ", "Turkey threatened to occupy northern Iraq.", ""},
	{"1383", "IMG", "USA", "Al Qaeda threatened to bomb American embassies.", ""},
	{"1384", "ISR", "LBN", "Israel threatened to attack Lebanon.", ""},
	{"1384", "RUS", "UKR", "Russia threatened to invade Ukraine.", ""},
	{"1385", "PRK", "USA", "North Korea threatened to use nuclear weapons against the United States.", ""},
	{"139", "USA", "IRQ", "The United States issued an ultimatum to Iraq.", ""},
	{"139", "IGONATO", "SRB", "NATO gave Serbia an ultimatum.", ""},

	// 14 PROTEST
	{"140", "KEN", "KEN", "Kenyan opposition supporters protested against the government.", ""},
	{"141", "EGY", "ISR", "Thousands of Egyptians demonstrated against Israel in Cairo.", ""},
	{"141", "PAK", "USA", "Pakistani students rallied against the United States.", ""},
	{"1411", "GEO", "GEO", "Georgian opposition supporters marched in Tbilisi demanding the president's resignation.", ""},
	{"1412", "JPN", "JPN", "Japanese farmers protested against the government's trade policy.", ""},
	{"1413", "TUR", "TUR", "Kurds in Turkey demonstrated against the government for cultural rights.", ""},
	{"1414", "MMR", "MMR", "Students in Myanmar rallied against the military government for democracy.", ""},
	{"142", "PSE", "ISR", "Palestinian prisoners went on hunger strike in Israeli jails.", ""},
	{"142", "CUB", "CUB", "A Cuban dissident began a hunger strike against the government.",
		"mentions: 'A Cuban dissident' is not resolved to an actor"},
	{"1421", "BLR", "BLR", "A Belarusian opposition leader went on hunger strike demanding the president's resignation.",
		"grammar: domestic target; 'the president's resignation' names no actor"},
	{"1422", "IRL", "GBR", "Irish prisoners went on hunger strike against British policy.", ""},
	{"1423", "TUR", "TUR", "Kurdish prisoners staged a hunger strike against the Turkish government for their rights.",
		"mentions: 'Kurdish prisoners' is no actor, so the source is empty"},
	{"1424", "MMR", "MMR", "Burmese dissidents began a hunger strike against the junta for democracy.", ""},
	{"143", "NGA", "NGA", "Nigerian oil workers went on strike against the government.", ""},
	{"143", "KOR", "KOR", "South Korean truckers staged a strike against the government.",
		"mentions: 'South Korean truckers' is not resolved to an actor"},
	{"1431", "VEN", "VEN", "Venezuelan oil workers struck to force the president from office.",
		"grammar: intransitive 'struck' (a labour strike) is read as the military 'strike' (190)"},
	{"1432", "FRA", "FRA", "French rail workers went on strike against the government's pension reform.",
		"mentions: 'French rail workers' is not resolved to an actor"},
	{"1433", "ZAF", "ZAF", "South African miners went on strike against the government for union rights.", ""},
	{"1434", "BOL", "BOL", "Bolivian unions called a general strike against the government for a new constitution.",
		"mentions: 'Bolivian unions' is not resolved to an actor"},
	{"144", "PSE", "ISR", "Palestinian protesters blocked roads near an Israeli settlement.", ""},
	{"144", "FRA", "ESP", "French farmers blocked trucks from Spain at the border.",
		"unexplained: no event for 'blocked trucks from Spain', and a pattern '144 block truck from +' did not match either"},
	{"1441", "THA", "THA", "Thai opposition protesters blockaded government offices demanding the prime minister's resignation.",
		"grammar: domestic target; 'government offices' is not resolved to Thailand's government"},
	{"1442", "FRA", "FRA", "French truckers blockaded refineries against the government's fuel tax.",
		"mentions: 'French truckers' is not resolved to an actor"},
	{"1443", "IND", "IND", "Indian tribal groups blocked highways against the government to demand land rights.",
		"mentions: 'Indian tribal groups' is not resolved to an actor"},
	{"1444", "KEN", "KEN", "Kenyan opposition supporters barricaded roads against the government demanding a new constitution.", ""},
	{"145", "KEN", "KEN", "Kenyan rioters clashed with police in Nairobi.", ""},
	{"145", "IDN", "AUS", "Indonesian protesters stormed the Australian embassy.", ""},
	{"1451", "KGZ", "KGZ", "Kyrgyz protesters rioted against the government and demanded the president's resignation.", ""},
	{"1452", "GRC", "GRC", "Greek protesters rioted against the government over austerity cuts.", ""},
	{"1453", "CHN", "CHN", "Tibetan protesters rioted against the Chinese government over religious rights.", ""},
	{"1454", "MDG", "MDG", "Malagasy opposition supporters rioted against the government demanding a new constitution.", ""},

	// 15 EXHIBIT FORCE POSTURE
	{"150", "CHN", "TWN", "China staged military drills near Taiwan.", ""},
	{"150", "RUS", "UKR", "Russia held military exercises near the Ukrainian border.", ""},
	{"151", "FRA", "DZA", "France raised its police alert level after threats from Algerian militants.",
		"grammar: the threat's author, in 'after threats from X', is not taken as the target"},
	{"152", "ISR", "LBN", "Israel put its army on high alert on the Lebanese border.", ""},
	{"152", "KOR", "PRK", "South Korea raised its military alert after North Korean threats.",
		"grammar: the threat's author, in 'after North Korean threats', is not taken as the target"},
	{"153", "KEN", "KEN", "Kenya's government deployed extra police against opposition protesters.", ""},
	{"153", "IND", "PAK", "India reinforced border police along the frontier with Pakistan.", ""},
	{"154", "RUS", "UKR", "Russia massed troops on the Ukrainian border.", ""},
	{"154", "IND", "PAK", "India mobilised troops along its border with Pakistan.", ""},
	{"154", "TUR", "SYR", "Turkey deployed tanks to the Syrian border.", ""},

	// 16 REDUCE RELATIONS
	{"160", "TUR", "ISR", "Turkey downgraded its ties with Israel.", ""},
	{"160", "CHN", "LTU", "China reduced its relations with Lithuania.", ""},
	{"161", "MAR", "IRN", "Morocco broke off diplomatic relations with Iran.", ""},
	{"161", "QAT", "EGY", "Qatar recalled its ambassador from Egypt.", ""},
	{"162", "USA", "EGY", "The United States cut aid to Egypt.", ""},
	{"1621", "JPN", "MMR", "Japan suspended loans to Myanmar.", ""},
	{"1621", "DEU", "RWA", "Germany froze development aid to Rwanda.",
		"grammar: 'froze' gives no event while 'has frozen' and 'suspended' do (the tagger, probably, does not read 'froze' as a verb)"},
	{"1622", "USA", "PAK", "The United States halted military aid to Pakistan.", ""},
	{"1623", "GBR", "SOM", "Britain suspended humanitarian aid to Somalia.", ""},
	{"163", "USA", "IRN", "The United States imposed sanctions on Iran.", ""},
	{"163", "CHN", "JPN", "China banned imports from Japan.", ""},
	{"163", "EGY", "ISR", "Egypt imposed a boycott on Israeli goods.", ""},
	{"164", "ISR", "SYR", "Israel broke off talks with Syria.", ""},
	{"164", "PAK", "IND", "Pakistan suspended peace talks with India.", ""},
	{"165", "NOR", "LKA", "Norway suspended its mediation between Sri Lanka and the rebels.", ""},
	{"165", "EGY", "ISR", "Egypt halted its mediation efforts with Israel.", ""},
	{"166", "MLI", "FRA", "Mali ordered French troops to leave the country.",
		"grammar: 'order + to leave country' (174) is chosen; a foreign force as target should make it 166, which the pattern cannot see"},
	{"166", "RUS", "GBR", "Russia expelled British diplomats.", ""},
	{"1661", "TCD", "FRA", "Chad expelled French peacekeepers.", ""},
	{"1661", "ERI", "IGOUN", "Eritrea expelled UN peacekeepers from the border zone.", ""},
	{"1662", "IRN", "IGOIAEA", "Iran expelled IAEA inspectors.", ""},
	{"1662", "IRQ", "USA", "Iraq expelled American weapons inspectors.", ""},
	{"1663", "SDN", "GBR", "Sudan expelled British aid agencies.", ""},
	{"1663", "NER", "FRA", "Niger ordered French aid groups out of the country.",
		"grammar: 'ordered X out' is coded as a demand (100) by the control verb 'order'"},

	// 17 COERCE
	{"170", "CHN", "PHL", "China coerced the Philippines into dropping the case.", ""},
	{"171", "IRN", "GBR", "Iran seized a British tanker.", ""},
	{"171", "RUS", "UKR", "Russian forces seized Ukrainian ships.", ""},
	{"1711", "VEN", "USA", "Venezuela confiscated American oil assets.", ""},
	{"1711", "ZWE", "GBR", "Zimbabwe expropriated British-owned farms.",
		"grammar: the hyphenated adjective 'British-owned' is not taken as the owner"},
	{"1712", "ISR", "PSE", "Israel demolished Palestinian homes.", ""},
	{"1712", "RUS", "GEO", "Russian troops destroyed Georgian bridges.", ""},
	{"172", "CHN", "USA", "China imposed restrictions on American journalists.", ""},
	{"172", "RUS", "GBR", "Russia banned British journalists from entering the country.", ""},
	{"1721", "RUS", "UKR", "Russia blocked Ukrainian websites.", ""},
	{"1721", "CHN", "JPN", "China banned Japanese films.", ""},
	{"1722", "EGY", "EGY", "Egypt banned the Muslim Brotherhood.", ""},
	{"1722", "TUR", "TUR", "Turkey's constitutional court banned a Kurdish party.",
		"grammar: domestic target; 'a Kurdish party' is no actor"},
	{"1723", "ISR", "PSE", "Israel imposed a curfew on Palestinian towns.", ""},
	{"1723", "IND", "IND", "Indian authorities imposed a curfew in Kashmir.",
		"grammar: domestic target; a place after 'in' is never a target"},
	{"1724", "THA", "THA", "Thailand declared a state of emergency in Bangkok.", ""},
	{"1724", "PAK", "PAK", "Pakistan's president imposed martial law.",
		"grammar: domestic target; an act on the country itself gets no target"},
	{"173", "IRN", "GBR", "Iran arrested a British journalist.", ""},
	{"173", "RUS", "USA", "Russia detained an American citizen.", ""},
	{"115", "CHN", "CAN", "A Chinese court charged two Canadians with spying.", ""}, // the codebook puts charges in 115, not 173,
	{"174", "RUS", "GBR", "Russia deported a British journalist.", ""},
	{"174", "MYS", "IDN", "Malaysia deported Indonesian workers.", ""},
	{"175", "SYR", "SYR", "Syrian security forces cracked down on opposition protesters.", ""},
	{"175", "CHN", "CHN", "Chinese police used tear gas against Tibetan protesters.", ""},

	// 18 ASSAULT
	{"180", "PSE", "ISR", "Palestinian militants carried out a terrorist attack on Israeli civilians.", ""},
	{"181", "SOM", "GRC", "Somali pirates hijacked a Greek ship.", ""},
	{"181", "IRQ", "JPN", "Iraqi insurgents kidnapped a Japanese aid worker.", ""},
	{"182", "ISR", "PSE", "Israeli settlers beat Palestinian farmers.",
		"dictionary, on purpose: bare 'beat +' is left out because of sport ('England beat Australia')"},
	{"182", "RUS", "GEO", "Russian police assaulted Georgian migrants.", ""},
	{"1821", "SDN", "TCD", "Sudanese militiamen raped Chadian refugees.", ""},
	{"1822", "IRQ", "KWT", "Iraqi guards tortured Kuwaiti prisoners.", ""},
	{"1822", "EGY", "ITA", "Egyptian police tortured an Italian student.", ""},
	{"1823", "ISR", "PSE", "Israeli settlers beat a Palestinian man to death.",
		"mentions: 'a Palestinian man' is no actor, so the slot of '1823 beat + to death' stays empty"},
	{"1823", "RUS", "UKR", "Russian soldiers executed Ukrainian prisoners.", ""},
	{"183", "RUS", "RUS", "Chechen militants bombed a Russian train.",
		"grammar: the target 'a Russian train' is of the source's own country and is dropped"},
	{"183", "IRQ", "USA", "Iraqi insurgents bombed the American embassy.", ""},
	{"1831", "PSE", "ISR", "A Palestinian suicide bomber attacked an Israeli bus.",
		"mentions: neither 'A Palestinian suicide bomber' nor 'an Israeli bus' is resolved to an actor"},
	{"1831", "AFG", "PAK", "An Afghan suicide bomber blew himself up at a Pakistani army base.",
		"mentions: 'An Afghan suicide bomber' is not resolved to an actor"},
	{"1832", "IRQ", "USA", "Iraqi insurgents detonated a car bomb outside the American embassy.", ""},
	{"1833", "AFG", "GBR", "Taliban fighters planted a roadside bomb that killed British soldiers.", ""},
	{"184", "IRQ", "KWT", "Iraqi troops used Kuwaiti civilians as human shields.", ""},
	{"184", "PSE", "PSE", "Hamas used Palestinian civilians as human shields.", ""},
	{"185", "RUS", "RUS", "Chechen rebels tried to assassinate the Russian president.", ""},
	{"185", "IRN", "SAU", "Iranian agents plotted to assassinate the Saudi ambassador.",
		"mentions: 'Iranian agents' is not resolved to an actor"},
	{"186", "ISR", "PSE", "Israel assassinated a Hamas leader.", ""},
	{"186", "SRB", "SRB", "Serbian gunmen assassinated the Serbian prime minister.", ""},

	// 19 FIGHT
	{"190", "RUS", "GEO", "Russia attacked Georgia.", ""},
	{"190", "ISR", "LBN", "Israeli troops fought Lebanese militants.", ""},
	{"190", "USA", "IRQ", "Iraq was attacked by the United States on Thursday.", ""},
	{"191", "ISR", "PSE", "Israel blockaded Gaza.", ""},
	{"191", "IND", "PAK", "India sealed its border with Pakistan.", ""},
	{"192", "RUS", "UKR", "Russia occupied Crimea.", ""},
	{"192", "TUR", "CYP", "Turkish troops occupied northern Cyprus.",
		"grammar: the target slot admits only a determiner before the name, not 'northern' ('occupied Cyprus' is coded)"},
	{"193", "IND", "PAK", "Indian troops exchanged gunfire with Pakistani soldiers.", ""},
	{"193", "SRB", "SRB", "Serbian police fired on Kosovo Albanian villagers.", ""}, // in 2001 Kosovo Albanians are coded as Serbia's,
	{"194", "ISR", "PSE", "Israeli tanks shelled Gaza.", ""},
	{"194", "SYR", "LBN", "Syrian artillery pounded Lebanese villages.",
		"mentions: 'Syrian artillery' and 'Lebanese villages' are not resolved to actors"},
	{"195", "USA", "IRQ", "American jets bombed Iraqi positions.", ""},
	{"195", "RUS", "SYR", "Russian warplanes struck Syrian rebel positions.", ""},
	{"1951", "ISR", "LBN", "Israel fired guided missiles at Lebanese targets.", ""},
	{"1951", "USA", "SYR", "The United States launched cruise missiles at a Syrian air base.", ""},
	{"1952", "TUR", "IRQ", "Turkish drones struck Kurdish militants in Iraq.",
		"mentions: 'Turkish drones' is not resolved to an actor"},
	{"1952", "UKR", "RUS", "Ukraine launched drone strikes on Russia.", ""},
	{"196", "RUS", "GEO", "Russia violated the ceasefire with Georgia.", ""},
	{"196", "PAK", "IND", "Pakistani troops broke the truce with India.", ""},

	// 20 USE UNCONVENTIONAL MASS VIOLENCE
	{"200", "IRQ", "IRQ", "Iraqi troops carried out mass atrocities against Kurdish villagers.",
		"mentions: 'Kurdish villagers' is no actor, so the domestic target is empty"},
	{"201", "SRB", "XKX", "Serbian forces expelled thousands of ethnic Albanians from Kosovo.", ""},
	{"201", "MMR", "MMR", "Myanmar's army drove hundreds of thousands of Rohingya from their homes.", ""},
	{"202", "IDN", "TLS", "Indonesian troops massacred East Timorese civilians.", ""},
	{"202", "RWA", "RWA", "Rwandan militias massacred Tutsi civilians.",
		"mentions: 'Tutsi civilians' is no actor, so the domestic target is empty"},
	{"203", "SRB", "BIH", "Serbian forces carried out ethnic cleansing against Bosnian Muslims.", ""},
	{"204", "IRQ", "IRN", "Iraq used chemical weapons against Iran.", ""},
	{"2041", "SYR", "SYR", "Syria's government used chemical weapons against rebels.", ""},
	{"2041", "IRQ", "IRN", "Iraq gassed Iranian troops.", ""},
	{"2042", "USA", "JPN", "The United States dropped an atomic bomb on Japan.", ""},

	// Second sentences for the codes above, in other tenses and voices:
	// passives with "by", reported speech, "X and Y", the present tense of
	// headlines.
	{"0341", "ZWE", "ZAF", "Zimbabwe's president assured South Africa on Monday that he would step down next year.",
		"grammar: 'assured X that he would ...' is coded as optimism (013) and the inner intent gets no target"},
	{"0342", "IRN", "FRA", "Iran told France it would reconsider its policy on the strait.",
		"grammar: 'told X it would ...' makes the addressee X the source of the inner verb"},
	{"0343", "CHN", "USA", "China pledged to the United States that it would protect religious freedom.", ""},
	{"0344", "THA", "JPN", "Thailand's junta promised Japan to hold elections within a year.", ""},
	{"0351", "RUS", "EST", "Russia said it would ease border controls for Estonian citizens.", ""},
	{"0352", "COL", "COL", "Colombian rebels agreed to end their blockade of roads against the government.", ""},
	{"060", "KOR", "JPN", "South Korea and Japan launched a joint research project on Monday.", ""},
	{"0831", "KGZ", "RUS", "Kyrgyzstan's president resigned under pressure from Russia.", ""},
	{"0832", "CHE", "USA", "Switzerland bowed to American pressure and changed its banking secrecy rules.", ""},
	{"0833", "SAU", "USA", "Saudi Arabia gave in to American demands to let women drive.", ""},
	{"0834", "NPL", "IND", "Nepal accepted Indian demands for a new constitution.", ""},
	{"086", "SDN", "IGOAU", "Sudan allowed African Union monitors into Darfur.", ""},
	{"101", "KOR", "JPN", "South Korea demanded that Japan share its undersea survey data.", ""},
	{"1012", "EST", "GBR", "Estonia demanded that Britain send more troops to its border.", ""},
	{"1014", "USA", "PAK", "Washington demanded that Pakistan share intelligence on the militants.", ""},
	{"102", "PSE", "GBR", "The Palestinians demanded British recognition of their state.", ""},
	{"103", "LBN", "FRA", "Lebanon demanded more assistance from France after the blast.", ""},
	{"1032", "TWN", "USA", "Taiwan demanded that the United States supply it with more fighter jets.", ""},
	{"1033", "YEM", "SAU", "Yemen demanded that Saudi Arabia allow food aid through the port.", ""},
	{"1034", "BIH", "FRA", "Bosnia demanded that France send peacekeepers to protect the enclave.", ""},
	{"104", "USA", "CUB", "The United States demanded political reforms from Cuba.", ""},
	{"1042", "AUS", "IDN", "Australia demanded that Indonesia change its policy on asylum boats.", ""},
	{"1043", "NLD", "TUR", "The Netherlands demanded that Turkey respect the rights of journalists.", ""},
	{"1044", "USA", "VEN", "Washington demanded that Venezuela restore democracy.", ""},
	{"105", "ARM", "AZE", "Armenia demanded concessions from Azerbaijan over the enclave.", ""},
	{"1051", "KOR", "CHN", "South Korea demanded that China lift restrictions on its entertainers.", ""},
	{"1052", "KEN", "KEN", "Kenya's government demanded that opposition supporters call off their protests.",
		"mentions: 'opposition supporters' with no country is not resolved to Kenya's opposition"},
	{"1054", "VEN", "USA", "Venezuela demanded that Washington lift its sanctions.", ""},
	{"1055", "JPN", "PRK", "Japan demanded that North Korea allow international inspectors into the site.", ""},
	{"106", "CHN", "PHL", "China demanded negotiations with the Philippines over the reef.", ""},
	{"107", "BLZ", "GTM", "Belize demanded that Guatemala resolve the territorial dispute in court.", ""},
	{"108", "ETH", "IGOAU", "Ethiopia demanded African Union mediation in its dam dispute with Egypt.", ""}, // the demand is made of the mediator,
	{"1122", "GBR", "MMR", "Britain accused Myanmar of torture and other abuses.", ""},
	{"1123", "IRN", "IRQ", "Iran accused Iraq of an unprovoked invasion.", ""},
	{"1124", "BIH", "SRB", "Bosnia accused Serbia of genocide.", ""},
	{"121", "RUS", "USA", "Russia rejected an American offer of cooperation in space.", ""},
	{"1211", "IND", "CHN", "India turned down a Chinese investment offer.", ""},
	{"1212", "PHL", "USA", "The Philippines rejected American requests for new military bases.", ""},
	{"1213", "RUS", "GBR", "Russia refused to extradite the suspects to Britain.", ""},
	{"1214", "TUR", "SWE", "Turkey refused to share intelligence with Sweden.", ""},
	{"122", "PRK", "KOR", "North Korea rejected aid from South Korea.", ""},
	{"1221", "UKR", "GRC", "Ukraine refused a Greek request for a loan.", ""},
	{"1222", "DEU", "UKR", "Germany rejected Ukraine's request for more tanks.", ""},
	{"1223", "PRK", "JPN", "North Korea refused food aid from Japan.", ""},
	{"1224", "ISR", "FRA", "Israel rejected a French proposal to send peacekeepers.", ""},
	{"123", "CHN", "GBR", "China rejected British calls for political reform in Hong Kong.", ""},
	{"1231", "VEN", "USA", "Venezuela's president rejected American demands that he step down.", ""},
	{"1232", "BRA", "FRA", "Brazil rejected French demands to change its farm policy.", ""},
	{"1233", "RUS", "NLD", "Russia rejected Dutch calls to respect gay rights.", ""},
	{"1234", "EGY", "USA", "Egypt rejected American calls to restore civilian rule.", ""},
	{"124", "RUS", "UKR", "Russia refused to give in to Ukrainian demands.", ""},
	{"1241", "CHN", "USA", "China refused to lift restrictions on American reporters.", ""},
	{"1242", "KEN", "KEN", "Kenyan opposition supporters refused to call off their protests against the government.", ""},
	{"1243", "PRK", "KOR", "North Korea refused to free the South Korean fishermen.", ""},
	{"1244", "USA", "IRN", "Washington refused to ease sanctions on Iran.", ""},
	{"1246", "IND", "CHN", "India refused to pull back troops from the Chinese border.", ""},
	{"126", "IND", "PAK", "India rejected any mediation in its dispute with Pakistan.", ""},
	{"127", "SRB", "XKX", "Serbia rejected the peace agreement with Kosovo.", ""},
	{"128", "IRN", "IGOIAEA", "Iran defied the IAEA and resumed enrichment.", ""},
	{"131", "GBR", "ZWE", "Britain threatened Zimbabwe with diplomatic isolation.", ""},
	{"1311", "JPN", "MMR", "Japan threatened to suspend aid to Myanmar.", ""},
	{"1313", "IRN", "GBR", "Iran threatened to sever diplomatic ties with Britain.", ""},
	{"132", "RUS", "GBR", "Russia threatened to expel British journalists.", ""},
	{"1321", "IRN", "GBR", "Iran threatened to shut down British news websites.", ""},
	{"1322", "EGY", "EGY", "Egypt's government threatened to ban the Muslim Brotherhood.", ""},
	{"1323", "IND", "IND", "Indian authorities threatened to impose a curfew in Kashmir.",
		"grammar: domestic target; a place after 'in' is never a target"},
	{"1324", "THA", "THA", "Thailand's government threatened to declare a state of emergency in Bangkok.", ""},
	{"133", "VEN", "VEN", "Venezuelan opposition leaders threatened to stage protests against the government.",
		"grammar: 'against the government' not resolved to Venezuela's government drops the event ('Kenyan ... against the government' is coded)"},
	{"134", "PSE", "ISR", "The Palestinians threatened to walk out of peace talks with Israel.", ""},
	{"135", "QAT", "SDN", "Qatar threatened to end its mediation between Sudan and the rebels.", ""},
	{"137", "CHN", "CHN", "China's government threatened to crush protesters in Tibet.", ""},
	{"1381", "RUS", "UKR", "Russia threatened to blockade Ukrainian ports.", ""},
	{"1382", "ISR", "LBN", "Israel threatened to reoccupy southern Lebanon.", ""},
	{"1383", "PSE", "ISR", "Hamas threatened to carry out suicide bombings against Israel.", ""},
	{"1385", "RUS", "GBR", "Russia threatened to use nuclear weapons against Britain.", ""},
	{"140", "IRN", "IRN", "Iranian students protested against the government.", ""},
	{"1411", "SRB", "SRB", "Serbian opposition supporters rallied against the government to demand the president's resignation.", ""},
	{"1412", "KOR", "USA", "South Korean farmers demonstrated against American beef imports.", ""},
	{"1413", "HKG", "CHN", "Hong Kong students demonstrated against the Chinese government for democratic rights.", ""},
	{"1414", "EGY", "EGY", "Egyptian opposition supporters demonstrated against the government for constitutional change.", ""},
	{"1421", "TUR", "TUR", "Turkish opposition leaders staged a hunger strike to demand the government's resignation.", ""},
	{"1422", "PSE", "ISR", "Palestinian prisoners launched a hunger strike against Israeli detention policy.", ""},
	{"1423", "CHN", "CHN", "Chinese dissidents began a hunger strike against the government for the right to protest.", ""},
	{"1424", "NPL", "NPL", "Nepalese opposition leaders went on hunger strike against the government to demand democracy.", ""},
	{"1431", "NPL", "NPL", "Nepalese opposition parties called a general strike against the government to demand the king's abdication.", ""},
	{"1432", "GRC", "GRC", "Greek unions held a general strike against the government's austerity plan.",
		"mentions: 'Greek unions' is not resolved to an actor"},
	{"1433", "KOR", "KOR", "South Korean unions staged a strike against the government over labour rights.",
		"mentions: 'South Korean unions' is not resolved to an actor"},
	{"1434", "ARG", "ARG", "Argentine unions called a strike against the government over the judicial reform.",
		"mentions: 'Argentine unions' is not resolved to an actor"},
	{"1441", "VEN", "VEN", "Venezuelan opposition supporters blocked roads against the government to demand the president's resignation.",
		"grammar: 'against the government' not resolved to Venezuela's government drops the event ('blocked roads.' alone is coded)"},
	{"1442", "FRA", "FRA", "French farmers blocked roads against the government's fuel tax.", ""},
	{"1443", "PSE", "ISR", "Palestinian protesters blocked roads against Israel to demand the right to travel.", ""},
	{"1444", "THA", "THA", "Thai opposition supporters blocked roads against the government to demand a new constitution.", ""},
	{"1451", "EGY", "EGY", "Egyptian opposition supporters rioted against the government to demand the president's resignation.", ""},
	{"1452", "FRA", "FRA", "French protesters rioted against the government's fuel tax.", ""},
	{"1453", "IND", "IND", "Indian opposition supporters rioted against the government over caste rights.", ""},
	{"1454", "THA", "THA", "Thai opposition supporters rioted against the government to demand a new constitution.", ""},
	{"151", "GBR", "IRL", "Britain put its police on high alert after threats from Irish militants.",
		"grammar: the threat's author, in 'after threats from X', is not taken as the target"},
	{"162", "GBR", "KEN", "Britain cut its aid to Kenya on Tuesday.", ""},
	{"1622", "USA", "EGY", "Washington suspended military aid to Egypt.", ""},
	{"1623", "USA", "AFG", "The United States halted food aid to Afghanistan.", ""},
	{"170", "RUS", "UKR", "Russia used force against Ukraine to seize the vessels.",
		"dictionary, open: 'use force against +' has no code (170 or 190 would both be defensible); the governed 'seize' (1711) gets no target"},
	{"180", "IRQ", "USA", "Iraqi insurgents carried out a terror attack against American contractors.", ""},
	{"1821", "COD", "COD", "Congolese soldiers raped women in the east of the country.",
		"grammar: domestic target; 'women' is no actor and 'the country' is not resolved"},
	{"1832", "ESP", "ESP", "Basque separatists set off a car bomb outside a Spanish police station.",
		"grammar: the target 'a Spanish police station' is of the source's own country and is dropped"},
	{"1833", "IRQ", "USA", "Iraqi insurgents planted a roadside bomb that hit an American convoy.",
		"grammar: the target named in the relative clause ('that hit an American convoy') is not taken"},
	{"200", "SDN", "SDN", "Sudan's army unleashed terror on civilians in Darfur.",
		"grammar: domestic target; 'civilians in Darfur' is no actor and a place after 'in' is never a target"},
	{"203", "MMR", "MMR", "Myanmar's army carried out ethnic cleansing against the Rohingya.", ""},
	{"204", "IRQ", "IRQ", "Iraq used weapons of mass destruction against Kurdish civilians.",
		"mentions: 'Kurdish civilians' is no actor, so the domestic target is empty"},
	{"2042", "USA", "JPN", "The United States dropped an atomic bomb on Hiroshima.", ""},
}
