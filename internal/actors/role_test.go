package actors

import "testing"

// role is a role for the tests' own fictional people.
func role(from, to, title, country string, sectors ...string) Role {
	return Role{From: from, To: to, Title: title, Country: country, Sectors: sectors, Code: makeCode(country, sectors)}
}

// For a document with no date, On gives the office a person is most
// likely in the news for: one held in their own right before a later
// envoy's, diplomat's or opposition role, and the latest among equals.
// The people are made up, so that the rule, not the data, is tested.
func TestOnUnknownDate(t *testing.T) {
	tests := []struct {
		name  string
		roles []Role
		title string
	}{
		{
			name: "prime minister before a later envoy mission",
			roles: []Role{
				role("1990", "2000", "Leader of the Opposition", "RUR", "LEG", "OPP"),
				role("2000", "2010", "Prime Minister", "RUR", "GOV"),
				role("2010", "2015", "Special Envoy for the Marches", "IGOUN", "IGO", "DIP"),
			},
			title: "Prime Minister",
		},
		{
			name: "minister before a later ambassadorship",
			roles: []Role{
				role("2001", "2004", "Foreign Minister", "RUR", "GOV"),
				role("2005", "", "Ambassador to the United Nations", "RUR", "GOV", "DIP"),
			},
			title: "Foreign Minister",
		},
		{
			name: "a later office wins over an earlier office",
			roles: []Role{
				role("2001", "2004", "Foreign Minister", "RUR", "GOV"),
				role("2007", "2016", "Secretary-General", "IGOUN", "IGO"),
			},
			title: "Secretary-General",
		},
		{
			name: "a later head of government over an earlier opposition leader",
			roles: []Role{
				role("2001", "2004", "Opposition leader", "RUR", "OPP"),
				role("2005", "", "Prime Minister", "RUR", "GOV"),
			},
			title: "Prime Minister",
		},
		{
			name: "an office before a later opposition role",
			roles: []Role{
				role("2005", "2008", "Prime Minister", "RUR", "GOV"),
				role("2009", "", "Opposition leader", "RUR", "OPP"),
			},
			title: "Prime Minister",
		},
		{
			name: "only envoy roles: the latest",
			roles: []Role{
				role("2001", "2004", "Ambassador to Strelsau", "RUR", "GOV", "DIP"),
				role("2005", "", "Special Envoy for the Marches", "RUR", "GOV", "DIP"),
			},
			title: "Special Envoy for the Marches",
		},
		{
			name: "the EU's High Representative is an office of its own",
			roles: []Role{
				role("2018", "2019", "Foreign Minister", "RUR", "GOV"),
				role("2019", "", "EU High Representative for Foreign Affairs", "IGOEU", "IGO", "DIP"),
			},
			title: "EU High Representative for Foreign Affairs",
		},
		{
			name: "the order written does not matter",
			roles: []Role{
				role("2010", "2015", "Special Envoy for the Marches", "IGOUN", "IGO", "DIP"),
				role("2000", "2010", "Prime Minister", "RUR", "GOV"),
				role("1990", "1995", "Interior Minister", "RUR", "GOV"),
			},
			title: "Prime Minister",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &Entry{ID: "jane-roe", Kind: KindPerson, Country: "RUR", Roles: tt.roles}
			for _, date := range []string{"", "not a date"} {
				if got := e.On(date).Title; got != tt.title {
					t.Errorf("On(%q) = %q, want %q", date, got, tt.title)
				}
			}
		})
	}
}

// A known date still gives the role held that day, whatever the
// undated rule prefers.
func TestOnDatedUnchanged(t *testing.T) {
	e := &Entry{ID: "jane-roe", Kind: KindPerson, Country: "RUR", Code: "RUR", Roles: []Role{
		role("2000", "2010", "Prime Minister", "RUR", "GOV"),
		role("2011", "2015", "Special Envoy for the Marches", "IGOUN", "IGO", "DIP"),
	}}
	tests := []struct{ date, title, code string }{
		{"2005-06-01", "Prime Minister", "RURGOV"},
		{"2012-06-01", "Special Envoy for the Marches", "IGOUN"},
		{"2020-06-01", "former Special Envoy for the Marches", "RURELI"},
		{"1990", "", "RUR"},
	}
	for _, tt := range tests {
		r := e.On(tt.date)
		if r.Title != tt.title || r.Code != tt.code {
			t.Errorf("On(%q) = %q %s, want %q %s", tt.date, r.Title, r.Code, tt.title, tt.code)
		}
	}
}

// The built-in dictionary: an undated story about Tony Blair is about the
// Prime Minister, not the Quartet's envoy.
func TestOnUnknownDateDefault(t *testing.T) {
	d := Default()
	tests := []struct{ id, code, title string }{
		{"tony-blair", "GBRGOV", "Prime Minister"},
		{"john-kerry", "USAGOV", "Secretary of State"},
		{"vladimir-putin", "RUSGOV", "President"},
		{"ban-ki-moon", "IGOUN", "Secretary-General of the United Nations"},
	}
	for _, tt := range tests {
		e := d.Get(tt.id)
		if e == nil {
			t.Errorf("%s: not in the dictionary", tt.id)
			continue
		}
		if r := e.On(""); r.Code != tt.code || r.Title != tt.title {
			t.Errorf("%s undated = %s %q, want %s %q", tt.id, r.Code, r.Title, tt.code, tt.title)
		}
	}
}
