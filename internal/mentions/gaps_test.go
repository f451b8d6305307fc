package mentions

import "testing"

// The head of a body: "the head of X" is one mention of whoever heads X,
// never "the head" alone given to the last official named.
func TestResolveBodyHeads(t *testing.T) {
	tests := []resolveCase{
		{
			name: "a body the dictionary does not know, no country: no code",
			text: "Andriy Yermak met reporters in Kyiv. The head of the state oil company said exports would fall.",
			date: "2025-06-01",
			want: []want{
				{text: "Andriy Yermak", kind: "name", actor: "andriy-yermak"},
				{text: "The head of the state oil company", kind: "description", actor: "state-oil-company-head"},
			},
			not:   []string{"The head"},
			codes: map[string]string{"state-oil-company-head": ""},
		},
		{
			name:     "a state company, the country from the dateline: BUS",
			text:     "TEHRAN, June 1 (Wire) - The head of the state oil company said exports would rise.",
			dateline: "TEHRAN, June 1 (Wire) -",
			date:     "2025-06-01",
			want:     []want{{text: "The head of the state oil company", kind: "description", actor: "irn-state-oil-company-head"}},
			codes:    map[string]string{"irn-state-oil-company-head": "IRNBUS"},
		},
		{
			name:  "a state company, the one country of the sentence",
			text:  "Iraq said the chief of the national oil company would visit Kuwait City next week.",
			date:  "2025-06-01",
			want:  []want{{text: "the chief of the national oil company", kind: "description", actor: "irq-national-oil-company-head"}},
			codes: map[string]string{"irq-national-oil-company-head": "IRQBUS"},
		},
		{
			name:  "a state company, two countries in the sentence: no guess",
			text:  "Iraq and Kuwait said the head of the state oil company would attend.",
			date:  "2025-06-01",
			want:  []want{{text: "the head of the state oil company", kind: "description", actor: "state-oil-company-head"}},
			codes: map[string]string{"state-oil-company-head": ""},
		},
		{
			name:  "a company that is not marked as the state's takes no country from context",
			text:  "Iraq said the head of the oil company would attend.",
			date:  "2025-06-01",
			want:  []want{{text: "the head of the oil company", kind: "description", actor: "oil-company-head"}},
			codes: map[string]string{"oil-company-head": ""},
		},
		{
			name: "the country named in the body; the name is a mention of its own",
			text: "The head of Iran's state oil company said exports would rise. The head added that he was hopeful.",
			date: "2025-06-01",
			want: []want{
				{text: "The head of Iran's state oil company", kind: "description", actor: "irn-state-oil-company-head"},
				{text: "Iran", kind: "name", actor: "irn-gov"},
				{text: "The head", kind: "description", actor: "irn-state-oil-company-head"},
				{text: "he", kind: "pronoun", actor: "irn-state-oil-company-head"},
			},
			codes: map[string]string{"irn-state-oil-company-head": "IRNBUS"},
		},
		{
			name:  "an agency is government, a news agency media",
			text:  "The director of the Iranian atomic energy agency met the head of the Iranian state news agency.",
			date:  "2025-06-01",
			want:  []want{{text: "The director of the Iranian atomic energy agency", kind: "description", actor: "irn-atomic-energy-agency-head"}, {text: "the head of the Iranian state news agency", kind: "description", actor: "irn-state-news-agency-head"}},
			codes: map[string]string{"irn-atomic-energy-agency-head": "IRNGOV", "irn-state-news-agency-head": "IRNMED"},
		},
		{
			name:  "a named head after the title",
			text:  "The head of the state oil company, Ali Rezaei, said Iran would export more.",
			date:  "2025-06-01",
			pers:  []string{"Ali Rezaei"},
			want:  []want{{text: "The head of the state oil company, Ali Rezaei", kind: "name", actor: "ali-rezaei"}},
			codes: map[string]string{"ali-rezaei": "IRNBUS"},
		},
		{
			name: "a deputy or a former head is not the head",
			text: "Andriy Yermak spoke. The deputy head of the state oil company and the former head of the state gas company said so.",
			date: "2025-06-01",
			not:  []string{"The deputy head of the state oil company", "The deputy head", "the former head of the state gas company", "the former head"},
		},
		{
			name: "the head of something this stage cannot name is no one",
			text: "Andriy Yermak spoke. The head of Germany's panel of advisers said so.",
			date: "2025-06-01",
			not:  []string{"The head", "The head of Germany"},
		},
		{
			name:  "the head of an IGO is the person the dictionary has in that role",
			text:  "The head of the IAEA said inspectors would return. The IAEA chief warned of delays.",
			date:  "2025-06-01",
			want:  []want{{text: "The head of the IAEA", kind: "title", actor: "rafael-grossi"}, {text: "IAEA", kind: "name", actor: "iaea"}, {text: "The IAEA chief", kind: "title", actor: "rafael-grossi"}},
			codes: map[string]string{"rafael-grossi": "IGOIAEA"},
		},
		{
			// Between Amano's death and Grossi's start the dictionary
			// has no Director General.
			name: "before the dictionary's head took office, not that person",
			text: "The head of the IAEA said inspectors would return.",
			date: "2019-09-01",
			not:  []string{"Rafael Grossi"},
			want: []want{{text: "The head of the IAEA", kind: "title", actor: "iaea"}},
		},
		{
			name:  "a state body's head found by the words of the role",
			text:  "The director of the CIA met the NATO Secretary General.",
			date:  "2025-06-01",
			want:  []want{{text: "The director of the CIA", kind: "title", actor: "john-ratcliffe"}, {text: "the NATO Secretary General", kind: "title", actor: "mark-rutte"}},
			codes: map[string]string{"john-ratcliffe": "USASPY", "mark-rutte": "IGONATO"},
		},
		{
			name: "head of state is a title, not a body's head",
			text: "The French head of state said he would travel to Kyiv.",
			date: "2025-03-01",
			want: []want{{text: "The French head of state", kind: "title", actor: "emmanuel-macron"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// "it" and "its" go to bodies, governments and countries, never to a
// person, and only when nothing else that might be "it" stands between.
func TestResolveIt(t *testing.T) {
	tests := []resolveCase{
		{
			name: "a capital that speaks, then it",
			text: "Beijing said it welcomed the talks.",
			want: []want{{text: "Beijing", kind: "metonym", actor: "chn-gov"}, {text: "it", kind: "pronoun", actor: "chn-gov"}},
		},
		{
			name: "an IGO and its",
			text: "NATO said its members would meet in June.",
			want: []want{{text: "its", kind: "pronoun", actor: "nato"}},
		},
		{
			name: "a singular group, not the country named inside it",
			text: "Sudan's army said it had retaken the city.",
			want: []want{{text: "it", kind: "pronoun", actor: "sdn-military"}},
		},
		{
			name: "the subject of the previous sentence",
			text: "Russia rejected the offer on Monday.\nIt said the terms were unacceptable.",
			want: []want{{text: "It", kind: "pronoun", actor: "rus-gov"}},
		},
		{
			name: "never a person, never a plural group",
			text: "Kaja Kallas met Iranian officials. It said the talks were over.",
			date: "2025-06-01",
			not:  []string{"It"},
		},
		{
			name: "the empty it",
			text: "China rejected the plan. It is unclear why. It was not immediately clear whether China would attend.",
			not:  []string{"It"},
		},
		{
			name: "a noun phrase between: it may be the proposal",
			text: "Russia rejected the proposal because it lacked guarantees.",
			not:  []string{"it"},
		},
		{
			name: "a company between: its exports are the company's",
			text: "Russia said Gazprom would cut its exports.",
			not:  []string{"its"},
		},
		{
			name: "a country that only qualifies a body",
			text: "A US court refused the claim and said it had no jurisdiction.",
			not:  []string{"it"},
		},
		{
			name: "a possessive: its is what the country has",
			text: "Israel's economy grew in May as it continued to recover.",
			not:  []string{"it"},
		},
		{
			name: "a report cited: it said",
			text: "The talks could collapse if Britain left, it said.",
			not:  []string{"it"},
		},
		{
			name: "it won't be",
			text: `Russia said no. "It won't be easy," Kallas said.`,
			date: "2025-06-01",
			not:  []string{"It"},
		},
		{
			name: "across a paragraph when nothing stands between",
			text: "NATO held talks on Monday.\n\nIt said the alliance would act.",
			want: []want{{text: "It", kind: "pronoun", actor: "nato"}},
		},
		{
			name: "not across a paragraph past someone else",
			text: "NATO held talks on Monday.\n\nKallas said it would wait.",
			date: "2025-06-01",
			not:  []string{"it"},
		},
		{
			name: "the nearest compatible antecedent, across a paragraph",
			text: "NATO held talks on Monday.\n\nRussia said it would respond.",
			want: []want{{text: "it", kind: "pronoun", actor: "rus-gov"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// Pronouns inside a quotation: third person from the quotation's context,
// never the speaker; first person the speaker and the speaker's side.
func TestResolveQuotePronouns(t *testing.T) {
	tests := []resolveCase{
		{
			name: "she is not the speaker",
			text: `Kaja Kallas met Ursula von der Leyen. "She is wrong," Kallas said.`,
			date: "2025-06-01",
			want: []want{{text: "She", kind: "pronoun", actor: "ursula-von-der-leyen"}},
		},
		{
			name: "she with no one else before is left out, not the speaker",
			text: `"She is wrong," Kaja Kallas said.`,
			date: "2025-06-01",
			not:  []string{"She"},
		},
		{
			name: "they is not the speaker's side",
			text: `Iranian negotiators met EU officials. "They are not serious," Kallas said.`,
			date: "2025-06-01",
			want: []want{{text: "They", kind: "pronoun", actor: "irn-negotiators"}},
		},
		{
			name: "they with only the speaker's side before is left out",
			text: `EU officials met. "They are not serious," Kallas said.`,
			date: "2025-06-01",
			not:  []string{"They"},
		},
		{
			name: "it is not the speaker",
			text: `"It will not back down," the Kremlin said.`,
			not:  []string{"It"},
		},
		{
			name: "it from the quotation's context",
			text: `Russia said no. "It must change course," Kallas said.`,
			date: "2025-06-01",
			want: []want{{text: "It", kind: "pronoun", actor: "rus-gov"}},
		},
		{
			name: "I, me and my are the speaker",
			text: `"My view is clear. I told them, believe me," Kallas said.`,
			date: "2025-06-01",
			want: []want{
				{text: "My", kind: "pronoun", actor: "kaja-kallas"},
				{text: "I", kind: "pronoun", actor: "kaja-kallas"},
				{text: "me", kind: "pronoun", actor: "kaja-kallas"},
			},
		},
		{
			name: "we, us and our are the speaker's side",
			text: `"Our position is firm. We want them to hear us," Chinese Foreign Ministry spokeswoman Mao Ning said.`,
			date: "2025-03-12",
			want: []want{
				{text: "Our", kind: "pronoun", actor: "chn-gov"},
				{text: "We", kind: "pronoun", actor: "chn-gov"},
				{text: "us", kind: "pronoun", actor: "chn-gov"},
			},
			not: []string{"them"},
		},
		{
			name: "first person outside a quotation is the writer's",
			text: "We met Kallas. I asked her.",
			date: "2025-06-01",
			not:  []string{"We", "I"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// "European" is CAMEO's region EUR, not the EU; groups of a region are
// coded like groups of a country.
func TestResolveRegions(t *testing.T) {
	tests := []resolveCase{
		{
			name: "European officials and they",
			text: "European officials said they were worried.",
			want: []want{
				{text: "European officials", kind: "demonym", actor: "eur-officials"},
				{text: "they", kind: "pronoun", actor: "eur-officials"},
			},
			codes: map[string]string{"eur-officials": "EURGOV"},
		},
		{
			name:  "European governments, Western capitals",
			text:  "European governments and Western capitals rejected the plan.",
			want:  []want{{text: "European governments", kind: "demonym", actor: "eur-governments"}, {text: "Western capitals", kind: "demonym", actor: "wst-governments"}},
			codes: map[string]string{"eur-governments": "EURGOV", "wst-governments": "WSTGOV"},
		},
		{
			name:  "the EU is the EU",
			text:  "EU officials said the bloc would act.",
			want:  []want{{text: "EU officials", kind: "description", actor: "eu"}},
			codes: map[string]string{"eu": "IGOEU"},
		},
		{
			name: "plural groups of people and they",
			text: "Iranian negotiators arrived in Geneva. They said the talks were useful.",
			want: []want{{text: "They", kind: "pronoun", actor: "irn-negotiators"}},
		}, {
			name:  "the opposition of the one country named",
			text:  "The opposition boycotted the elections in Azerbaijan.",
			want:  []want{{text: "The opposition", kind: "description", actor: "aze-opposition"}},
			codes: map[string]string{"aze-opposition": "AZEOPP"},
		},
		{
			name:  "a title naming a body dates the person's role",
			text:  "Arab League Secretary General Chadli Klibi arrived in Damascus.",
			date:  "2000-01-01",
			want:  []want{{text: "Arab League Secretary General Chadli Klibi", kind: "name", actor: "chedli-klibi"}},
			codes: map[string]string{"chedli-klibi": "IGOARL"},
		},
		{
			name: "the teller speaks of itself",
			text: "China assured Pakistan that it would supply more jets.",
			want: []want{{text: "it", kind: "pronoun", actor: "chn-gov"}},
		},
		{
			name: "the teller past a nested name",
			text: "China assured the president of Pakistan that it would supply jets.",
			want: []want{{text: "it", kind: "pronoun", actor: "chn-gov"}},
		},
		{
			name: "a seat of power acts past a day",
			text: "The Kremlin on Monday dismissed the criticism.",
			want: []want{{text: "The Kremlin", kind: "metonym", actor: "rus-gov"}},
		},
		{
			name: "the men are no one's",
			text: "The men were arrested in Azerbaijan.",
			not:  []string{"The men"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// Which dictionary role titles head the body named after "of".
func TestTopTitle(t *testing.T) {
	lx, err := parseLexicon(titlesData, namesData)
	if err != nil {
		t.Fatal(err)
	}
	for title, want := range map[string]bool{
		"Director General": true, "Director-General": true, "Secretary-General": true, "Managing Director": true,
		"President": true, "Head": true, "Chairperson": true, "Chief Executive": true,
		"Deputy Chairman": false, "Executive Vice-President": false, "Vice President": false,
		"Prosecutor": false, "Spokesman": false, "Judge": false, "": false,
	} {
		if got := lx.topTitle(title); got != want {
			t.Errorf("topTitle(%q) = %v, want %v", title, got, want)
		}
	}
	if len(lx.bodies["company"]) == 0 || !lx.stateMk["state-owned"] {
		t.Error("body nouns or state marks not read")
	}
	if ts := lx.byFirst["company"]; len(ts) != 0 {
		t.Errorf("a body noun may start a mention: %v", ts)
	}
}

// "Hungarian and Romanian officials": two groups sharing one head noun.
func TestResolveSharedHead(t *testing.T) {
	tests := []resolveCase{{
		name:  "two adjectives, one head",
		text:  "Senior Hungarian and Romanian officials agreed on Wednesday.",
		date:  "2025-06-01",
		want:  []want{{text: "Senior Hungarian", kind: "demonym", actor: "hun-officials"}, {text: "Romanian officials", kind: "demonym", actor: "rou-officials"}},
		codes: map[string]string{"hun-officials": "HUNGOV", "rou-officials": "ROUGOV"},
	}, {
		name: "an adjective before a noun that is no group",
		text: "Hungarian and Romanian wines won prizes.",
		date: "2025-06-01",
		not:  []string{"Hungarian"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t) })
	}
}

// A name two people share goes to the one in office on the document's
// date.
func TestResolveSharedNameByDate(t *testing.T) {
	tests := []resolveCase{
		{name: "1990", text: "President Bush met reporters.", date: "1990-06-01", want: []want{{text: "President Bush", kind: "name", actor: "george-hw-bush"}}},
		{name: "2005", text: "President Bush met reporters.", date: "2005-06-01", want: []want{{text: "President Bush", kind: "name", actor: "george-w-bush"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t) })
	}
}

// Groups the text names with no country belong to the one country the
// sentence names.
func TestResolveLooseGroupsTakeTheSentenceCountry(t *testing.T) {
	tests := []resolveCase{
		{name: "one country", text: "Egypt said police fired tear gas at protesters on Monday.", date: "2025-03-12",
			want:  []want{{text: "police", kind: "description", actor: "egy-police"}, {text: "protesters", kind: "description", actor: "egy-protesters"}},
			codes: map[string]string{"egy-police": "EGYCOP", "egy-protesters": "EGYCVL"}},
		{name: "two countries: no side", text: "Egypt and Jordan said protesters gathered on Monday.", date: "2025-03-12",
			want: []want{{text: "protesters", kind: "description", actor: "protesters"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t) })
	}
}

// Names written with a lower-case Arabic article are names.
func TestResolveArabicArticleNames(t *testing.T) {
	tc := resolveCase{name: "al-", text: "US drones killed al-Qaeda leaders, and al-Shabab attacked Kenya.", date: "2010-01-01",
		want: []want{{text: "al-Shabab", kind: "name", actor: "al-shabaab"}}}
	tc.run(t)
}

// "he" opening a clause joined by "and" keeps the sentence's subject, not
// the nearest name.
func TestResolveCoordinatedSubject(t *testing.T) {
	tc := resolveCase{name: "and he", text: "Foreign Minister Ararat Mirzoyan met Jeyhun Bayramov in Geneva on Monday, and on Tuesday he told lawmakers what the talks had achieved.", date: "2025-03-12",
		want: []want{{text: "he", kind: "pronoun", actor: "ararat-mirzoyan"}}}
	tc.run(t)
}
