package mentions

import (
	"strings"
	"testing"
)

// Groups of people with no office that event coders need as sources and
// targets: a nationality, a people or a place and a head such as
// elders, landowners, farmers, students or workers, with descriptive
// words between ("Angry Dutch dock workers"). The sentences are made
// up; each has the shape of a phrase the event dev sets still missed.
func TestResolvePeopleGroups(t *testing.T) {
	tests := []resolveCase{
		{
			name:  "heads with a nationality, and descriptive words before",
			text:  "Moroccan landowners met. Angry Dutch dock workers walked out. Kenyan farmers marched. Chilean activists spoke.",
			date:  "2001-01-01",
			want:  []want{{text: "Moroccan landowners", kind: "demonym", actor: "mar-civilians"}, {text: "Angry Dutch dock workers", kind: "demonym", actor: "nld-workers"}, {text: "Kenyan farmers", kind: "demonym", actor: "ken-farmers"}, {text: "Chilean activists", kind: "demonym", actor: "chl-activists"}},
			codes: map[string]string{"mar-civilians": "MARCVL", "nld-workers": "NLDLAB", "ken-farmers": "KENAGR", "chl-activists": "CHLOPP"},
		},
		{
			name:  "a people of one state gives its state",
			text:  "Yoruba traditional elders rejected the plan of Ijaw politicians.",
			date:  "2001-01-01",
			want:  []want{{text: "Yoruba traditional elders", kind: "demonym", actor: "nga-elders"}, {text: "Ijaw politicians", kind: "demonym", actor: "nga-politicians"}},
			codes: map[string]string{"nga-elders": "NGAELI", "nga-politicians": "NGAELI"},
		},
		{
			name:  "a nationality before a people of several states",
			text:  "Hundreds of Syrian Kurds crossed the border.",
			date:  "2001-01-01",
			want:  []want{{text: "Syrian Kurds", kind: "demonym", actor: "syr-civilians"}},
			codes: map[string]string{"syr-civilians": "SYRCVL"},
		},
		{
			name:  "a modifier before a demonym: its civilians, not its state",
			text:  "Young Tunisians blocked the road.",
			date:  "2001-01-01",
			want:  []want{{text: "Young Tunisians", kind: "demonym", actor: "tun-civilians"}},
			codes: map[string]string{"tun-civilians": "TUNCVL"},
		},
		{
			name:  "a group throughout a country",
			text:  "Thousands of college students throughout Peru staged sit-ins.",
			date:  "2001-01-01",
			want:  []want{{text: "college students throughout Peru", kind: "description", actor: "per-students"}},
			codes: map[string]string{"per-students": "PEREDU"},
		},
		{
			name:  "a people of several states placed by a region named with an adjective",
			text:  "Druze villagers of the Lebanese Chouf Mountains held a strike.",
			date:  "2001-01-01",
			want:  []want{{text: "Druze villagers of the Lebanese Chouf Mountains", kind: "description", actor: "lbn-civilians"}},
			codes: map[string]string{"lbn-civilians": "LBNCVL"},
		},
		{
			name:  "supporters of a known person are of that person's country",
			text:  "About 300 supporters of former President Hosni Mubarak gathered.",
			date:  "2001-01-01",
			want:  []want{{text: "supporters of former President Hosni Mubarak", kind: "description", actor: "egy-supporters"}, {text: "Hosni Mubarak", kind: "name", actor: "hosni-mubarak"}},
			codes: map[string]string{"egy-supporters": "EGYCVL"},
		},
		{
			name: "ethnic kin abroad are not the kin state's",
			text: "Some 2,000 ethnic Hungarians began a fast.",
			date: "2001-01-01",
			not:  []string{"ethnic Hungarians", "Hungarians"},
		},
		{
			name:  "ethnic kin placed in a country are that country's",
			text:  "Ethnic Greeks in Albania demanded schools.",
			date:  "2001-01-01",
			want:  []want{{text: "Ethnic Greeks in Albania", kind: "description", actor: "alb-civilians"}},
			codes: map[string]string{"alb-civilians": "ALBCVL"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// Precision: the new heads must not make actors out of sports fans,
// company staff with no country, bodies whose names hold a group word,
// or a plural group word before a name.
func TestResolvePeopleGroupsPrecision(t *testing.T) {
	tests := []resolveCase{
		{
			name: "fans of a club, and a supporters club",
			text: "Supporters of Everton sang. The supporters club wrote to the board.",
			date: "2001-01-01",
			not:  []string{"Supporters of Everton", "Supporters", "supporters", "The supporters"},
		},
		{
			name: "workers with no country are no one's",
			text: "The firm said its workers would get a raise. Workers left early.",
			date: "2001-01-01",
			not:  []string{"its workers", "workers", "Workers"},
		},
		{
			name: "a body named after a group",
			text: "The Kenyan Farmers Association met on Monday.",
			date: "2001-01-01",
			not:  []string{"The Kenyan Farmers", "Kenyan Farmers"},
		},
		{
			name: "an adjective and capitalised words that are no place",
			text: "Deputies of Irish Catholics met.",
			date: "2001-01-01",
			not:  []string{"Deputies of Irish Catholics"},
		},
		{
			name: "a plural group word before a name is not a title",
			text: "Former pupils Jane Doe and John Roe spoke.",
			date: "2001-01-01",
			pers: []string{"Jane Doe", "John Roe"},
			not:  []string{"pupils Jane Doe", "Former pupils Jane Doe"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// A people line must say where its people lives; other bad lines are
// reported with their line number.
func TestParseLexiconPeople(t *testing.T) {
	tests := []struct {
		name, titles, wantErr string
		country               string
	}{
		{name: "a people with its state", titles: "ewe | people | | GHA\n", country: "GHA"},
		{name: "a people without a state", titles: "# c\newe | people | |\n", wantErr: "titles.txt:2: people \"ewe\" without"},
		{name: "a land word", titles: "heights | land | |\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lx, err := parseLexicon(tt.titles, "")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.country != "" {
				ts := lx.byFirst["ewe"]
				if len(ts) != 1 || ts[0].class != clPeople || ts[0].country != tt.country {
					t.Fatalf("ewe = %+v, want a people of %s", ts, tt.country)
				}
			} else if !lx.land["heights"] {
				t.Fatal("heights is not a land word")
			}
		})
	}
}
