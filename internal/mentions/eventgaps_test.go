package mentions

import "testing"

// The event coder takes its source and target from the mentions, so a
// phrase that names an actor but gets no mention loses the event. These
// cases cover the phrases it needs most: pronouns after a verb of
// saying, groups named by a nationality and a head noun, and bodies
// placed by a preposition.

// "Syria says it is willing": the subject pronoun of a reported clause
// is the speaker; an empty "it" stays out.
func TestResolveSpeakerPronouns(t *testing.T) {
	tests := []resolveCase{
		{
			name: "it after a verb of saying, before a copula",
			text: "Norway says it is willing to host the talks.",
			date: "2020-01-01",
			want: []want{{text: "it", kind: "pronoun", actor: "nor-gov"}},
		},
		{
			name: "it after a phrase of time after the verb",
			text: "Chile said on Tuesday it had recalled its ambassador.",
			date: "2020-01-01",
			want: []want{{text: "it", kind: "pronoun", actor: "chl-gov"}, {text: "its", kind: "pronoun", actor: "chl-gov"}},
		},
		{
			name: "it after that",
			text: "Peru announced that it would be ready to sign.",
			date: "2020-01-01",
			want: []want{{text: "it", kind: "pronoun", actor: "per-gov"}},
		},
		{
			name: "a passive: the speaker was attacked",
			text: "Ghana said it was attacked first.",
			date: "2020-01-01",
			want: []want{{text: "it", kind: "pronoun", actor: "gha-gov"}},
		},
		{
			name: "the empty it after a verb of saying",
			text: "Norway said it was unclear when talks would resume. Chile said it would be difficult to agree. Peru said it seemed late.",
			date: "2020-01-01",
			not:  []string{"it"},
		},
		{
			name:  "they after a group that speaks",
			text:  "The Fijian rebels said they would free the hostages.",
			date:  "2020-01-01",
			want:  []want{{text: "The Fijian rebels", kind: "description", actor: "fji-rebels"}, {text: "they", kind: "pronoun", actor: "fji-rebels"}},
			codes: map[string]string{"fji-rebels": "FJIREB"},
		},
		{
			name: "they after a people that speaks",
			text: "The Palestinians said they would attend.",
			date: "2020-01-01",
			want: []want{{text: "Palestinians", kind: "demonym", actor: "pse-gov"}, {text: "they", kind: "pronoun", actor: "pse-gov"}},
		},
		{
			name: "a people that does not speak is not they",
			text: "Many Britons say their phones are slow. The French lost, and they were angry.",
			date: "2020-01-01",
			not:  []string{"their", "they"},
		},
		{
			name: "the object of a preposition is the speaker, not the clause's subject",
			text: "Egypt said a shell was fired at it on Sunday.",
			date: "2020-01-01",
			want: []want{{text: "it", kind: "pronoun", actor: "egy-gov"}},
		},
		{
			name: "a named subject of the clause is passed over",
			text: "Egypt said Hamas fired rockets at it.",
			date: "2020-01-01",
			want: []want{{text: "Hamas", kind: "name", actor: "hamas"}, {text: "it", kind: "pronoun", actor: "egy-gov"}},
		},
		{
			name: "them: the speaking group, not the clause's subject",
			text: "Police said protesters threw stones at them.",
			date: "2020-01-01",
			want: []want{{text: "Police", kind: "description", actor: "police"}, {text: "protesters", kind: "description", actor: "protesters"}, {text: "them", kind: "pronoun", actor: "police"}},
		},
		{
			name: "a clause boundary between the verb and the pronoun: no guess",
			text: "Egypt said the plan, which nobody liked, was aimed at it.",
			date: "2020-01-01",
			not:  []string{"it"},
		},
		{
			name: "an object it with no verb of saying stays out",
			text: "Egypt looked at it.",
			date: "2020-01-01",
			not:  []string{"it"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// "Palestinian gunmen", "18 Rwandan rebels", "Israeli intelligence
// officials": a nationality and a head noun make a group, coded with
// the head's CAMEO sector.
func TestResolveGroupSectors(t *testing.T) {
	tests := []resolveCase{
		{
			name: "armed groups, civilians, police and arms",
			text: "Sudanese rebels fought Chadian gunmen. Iraqi police arrested two Brazilian men and Kenyan protesters. Somali pirates fled Chinese warships and US jets.",
			date: "2020-01-01",
			want: []want{
				{text: "Sudanese rebels", kind: "demonym", actor: "sdn-rebels"},
				{text: "Chadian gunmen", kind: "demonym", actor: "tcd-gunmen"},
				{text: "Iraqi police", kind: "demonym", actor: "irq-police"},
				{text: "two Brazilian men", kind: "demonym", actor: "bra-civilians"},
				{text: "Kenyan protesters", kind: "demonym", actor: "ken-protesters"},
				{text: "Somali pirates", kind: "demonym", actor: "som-criminals"},
				{text: "Chinese warships", kind: "demonym", actor: "chn-military"},
				{text: "US jets", kind: "description", actor: "usa-military"},
			},
			codes: map[string]string{"sdn-rebels": "SDNREB", "tcd-gunmen": "TCDUAF", "irq-police": "IRQCOP", "bra-civilians": "BRACVL",
				"ken-protesters": "KENCVL", "som-criminals": "SOMCRM", "chn-military": "CHNMIL", "usa-military": "USAMIL"},
		},
		{
			name: "one person or one machine of a nationality",
			text: "A Chadian prisoner died. A Serbian army jet fired. Children were hurt by Israeli tank fire.",
			date: "2020-01-01",
			want: []want{
				{text: "A Chadian prisoner", kind: "description", actor: "tcd-prisoners"},
				{text: "A Serbian army jet", kind: "description", actor: "srb-military"},
				{text: "Israeli tank", kind: "demonym", actor: "isr-military"},
			},
			codes: map[string]string{"tcd-prisoners": "TCDCVL", "srb-military": "SRBMIL", "isr-military": "ISRMIL"},
		},
		{
			name:  "a number before the nationality",
			text:  "Uganda gave asylum to 18 Rwandan rebels.",
			date:  "2020-01-01",
			want:  []want{{text: "Rwandan rebels", kind: "demonym", actor: "rwa-rebels"}},
			codes: map[string]string{"rwa-rebels": "RWAREB"},
		},
		{
			name: "a modifier between the nationality and the head",
			text: "Israeli intelligence officials met Egyptian riot police and Turkish border guards.",
			date: "2020-01-01",
			want: []want{
				{text: "Israeli intelligence officials", kind: "demonym", actor: "isr-intelligence"},
				{text: "Egyptian riot police", kind: "demonym", actor: "egy-police"},
				{text: "Turkish border guards", kind: "demonym", actor: "tur-military"},
			},
			codes: map[string]string{"isr-intelligence": "ISRSPY", "egy-police": "EGYCOP", "tur-military": "TURMIL"},
		},
		{
			name:  "armed groups and a modifier of their cause",
			text:  "Irish nationalist guerrillas fought Palestinian armed groups.",
			date:  "2020-01-01",
			want:  []want{{text: "Irish nationalist guerrillas", kind: "demonym", actor: "irl-rebels"}, {text: "Palestinian armed groups", kind: "demonym", actor: "pse-rebels"}},
			codes: map[string]string{"irl-rebels": "IRLREB", "pse-rebels": "PSEREB"},
		},
		{
			name: "two heads share the nationality",
			text: "Israeli helicopters and tanks shelled the area.",
			date: "2020-01-01",
			want: []want{{text: "Israeli helicopters", kind: "demonym", actor: "isr-military"}, {text: "tanks", kind: "description", actor: "isr-military"}},
		},
		{
			name:  "a singular body with a nationality, and it",
			text:  "The Kenyan parliament said it would vote. A Latvian court ruled.",
			date:  "2020-01-01",
			want:  []want{{text: "The Kenyan parliament", kind: "description", actor: "ken-parliament"}, {text: "it", kind: "pronoun", actor: "ken-parliament"}, {text: "A Latvian court", kind: "description", actor: "lva-judiciary"}},
			codes: map[string]string{"ken-parliament": "KENLEG", "lva-judiciary": "LVAJUD"},
		},
		{
			name: "a group word that only qualifies a noun is no group",
			text: "US aircraft maker Boeing won. An Iraqi police station was hit. A Kenyan court ruling came.",
			date: "2020-01-01",
			not:  []string{"US aircraft", "Iraqi police", "A Kenyan court"},
		},
		{
			name:  "government forces belong to the one country of the sentence",
			text:  "Government forces shelled Aleppo, Syria's state media said.",
			date:  "2020-01-01",
			want:  []want{{text: "Government forces", kind: "description", actor: "syr-military"}},
			codes: map[string]string{"syr-military": "SYRMIL"},
		},
		{
			name:  "rebels with no country are an actor with no code",
			text:  "The rebels said they would talk. Rebels later attacked a town.",
			date:  "2020-01-01",
			want:  []want{{text: "The rebels", kind: "description", actor: "rebels"}, {text: "they", kind: "pronoun", actor: "rebels"}, {text: "Rebels", kind: "description", actor: "rebels"}},
			codes: map[string]string{"rebels": ""},
		},
		{
			name: "a loose group word inside a name no dictionary knows",
			text: "The Foo Fighters played. Foo Fighters will tour.",
			date: "2020-01-01",
			not:  []string{"The Foo Fighters", "Foo Fighters"},
		},
		{
			name: "a group word that is not loose needs a country",
			text: "Market forces and workers decided. The forces said they would stay.",
			date: "2020-01-01",
			not:  []string{"forces", "workers", "The forces", "they"},
		},
		{
			name: "a group word used as a verb or a possessive is no group",
			text: "They will police the border and police it well. Britain's men's team won.",
			date: "2020-01-01",
			not:  []string{"police", "Britain's men", "men"},
		},
		{
			name: "a body named where something happens is not the it that acts",
			text: "Acme Corp appeared before a Kenyan court as it sought protection.",
			date: "2020-01-01",
			want: []want{{text: "a Kenyan court", kind: "description", actor: "ken-judiciary"}},
			not:  []string{"it"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// "a court in Guyana", "police in Abuja", "the parliament of Kenya": a
// body placed by a preposition is that country's, for the bodies that
// are (not soldiers, diplomats or refugees, who are often foreign).
func TestResolvePlacedBodies(t *testing.T) {
	tests := []resolveCase{
		{
			name:  "a court in a country, police in a capital",
			text:  "A court in Guyana jailed two men. Police in Abuja made arrests.",
			date:  "2020-01-01",
			want:  []want{{text: "A court in Guyana", kind: "description", actor: "guy-judiciary"}, {text: "Police in Abuja", kind: "description", actor: "nga-police"}},
			not:   []string{"Guyana", "Abuja"},
			codes: map[string]string{"guy-judiciary": "GUYJUD", "nga-police": "NGACOP"},
		},
		{
			name:  "rebels in a country with its article",
			text:  "Rebels in the Ivory Coast blocked the roads.",
			date:  "2020-01-01",
			want:  []want{{text: "Rebels in the Ivory Coast", kind: "description", actor: "civ-rebels"}},
			codes: map[string]string{"civ-rebels": "CIVREB"},
		},
		{
			name:  "the parliament of a country",
			text:  "The parliament of Kenya met.",
			date:  "2020-01-01",
			want:  []want{{text: "The parliament of Kenya", kind: "description", actor: "ken-parliament"}, {text: "Kenya", kind: "name", actor: "ken-gov"}},
			codes: map[string]string{"ken-parliament": "KENLEG"},
		},
		{
			name:  "the leaders of a country's government",
			text:  "Leaders of Romania's new government met.",
			date:  "2020-01-01",
			want:  []want{{text: "Leaders of Romania's new government", kind: "description", actor: "rou-officials"}, {text: "Romania", kind: "name", actor: "rou-gov"}},
			codes: map[string]string{"rou-officials": "ROUGOV"},
		},
		{
			name: "a country's possessive before something else is not the group's",
			text: "Leaders of Romania's economy met.",
			date: "2020-01-01",
			want: []want{{text: "Romania", kind: "name", actor: "rou-gov"}},
			not:  []string{"Leaders of Romania's economy", "Leaders of Romania"},
		},
		{
			name:  "opposition groups in a country",
			text:  "Opposition groups in Zimbabwe demanded reforms.",
			date:  "2020-01-01",
			want:  []want{{text: "Opposition groups in Zimbabwe", kind: "description", actor: "zwe-opposition"}},
			codes: map[string]string{"zwe-opposition": "ZWEOPP"},
		},
		{
			name: "soldiers and diplomats in a country are not its own",
			text: "US troops in Iraq met diplomats in Kenya.",
			date: "2020-01-01",
			want: []want{{text: "US troops", kind: "description", actor: "usa-military"}},
			not:  []string{"US troops in Iraq", "diplomats in Kenya"},
		},
		{
			name: "a place that goes on is not the body's country",
			text: "Officials in Moscow State University met police in Nairobi's markets.",
			date: "2020-01-01",
			not:  []string{"Officials in Moscow", "police in Nairobi"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// Two adjectives sharing a body: "the Turkish and Greek sides".
func TestResolveSharedBody(t *testing.T) {
	tests := []resolveCase{
		{
			name: "sides and delegations are each country's government",
			text: "The Turkish and Greek sides agreed. The Israeli and Egyptian delegations met.",
			date: "2020-01-01",
			want: []want{
				{text: "Turkish", kind: "description", actor: "tur-gov"}, {text: "Greek sides", kind: "description", actor: "grc-gov"},
				{text: "Israeli", kind: "description", actor: "isr-gov"}, {text: "Egyptian delegations", kind: "description", actor: "egy-gov"},
			},
		},
		{
			name: "governments are the government",
			text: "The French and German governments objected.",
			date: "2020-01-01",
			want: []want{{text: "French", kind: "demonym", actor: "fra-gov"}, {text: "German governments", kind: "demonym", actor: "deu-gov"}},
		},
		{
			name: "warships with two nationalities",
			text: "French and Egyptian warships sailed.",
			date: "2020-01-01",
			want: []want{{text: "French", kind: "demonym", actor: "fra-military"}, {text: "Egyptian warships", kind: "demonym", actor: "egy-military"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// Titles and ranks before unknown people.
func TestResolveTitledPeople(t *testing.T) {
	tests := []resolveCase{
		{
			name: "two ranks before a name make one mention",
			text: "Lt. Gen. Paul Renard resigned.",
			date: "2020-01-01",
			want: []want{{text: "Lt. Gen. Paul Renard", kind: "name", actor: "paul-renard"}},
		},
		{
			name:  "a judge with a nationality",
			text:  "Chilean Judge Ana Soto opened an inquiry.",
			date:  "2020-01-01",
			want:  []want{{text: "Chilean Judge Ana Soto", kind: "name", actor: "ana-soto"}},
			codes: map[string]string{"ana-soto": "CHLJUD"},
		},
		{
			name:  "a judge with no country has no code",
			text:  "Judge Ana Soto opened an inquiry.",
			date:  "2020-01-01",
			want:  []want{{text: "Judge Ana Soto", kind: "name", actor: "ana-soto"}},
			codes: map[string]string{"ana-soto": ""},
		},
		{
			name: "a group is no apposition's title",
			text: "Speaking to parliament, Mr Roe said taxes would fall.",
			date: "2020-01-01",
			want: []want{{text: "Mr Roe", kind: "name", actor: "roe"}},
			not:  []string{"parliament, Mr Roe"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// A titled person the dictionary does not know, whose title names no
// country, takes the country the text shows to be theirs, and none when
// the text only names a country they act toward: a wrong country is
// worse than none.
func TestResolveTitledPeopleHome(t *testing.T) {
	tests := []resolveCase{
		{
			name:  "a president and his own people",
			text:  "President Tomas Vell has broken his promise to the Zambian people.",
			date:  "2020-01-01",
			want:  []want{{text: "President Tomas Vell", kind: "name", actor: "tomas-vell"}},
			codes: map[string]string{"tomas-vell": "ZMBGOV"},
		},
		{
			name:  "a judge and the officials of her country",
			text:  "Judge Ana Soto opened inquiries against 12 Peruvian government officials.",
			date:  "2020-01-01",
			codes: map[string]string{"ana-soto": "PERJUD"},
		},
		{
			name:  "a rank and the country's elections",
			text:  "Lt. Gen. Paul Renard stepped down to allow Haiti's first free elections.",
			date:  "2020-01-01",
			codes: map[string]string{"paul-renard": "HTIMIL"},
		},
		{
			name:  "a curfew in the capital",
			text:  "President Omar Lenz ordered a curfew in Algiers.",
			date:  "2020-01-01",
			codes: map[string]string{"omar-lenz": "DZAGOV"},
		},
		{
			name:  "people in a country are not a place's home word",
			text:  "President Omar Lenz said young people in China were at risk.",
			date:  "2020-01-01",
			codes: map[string]string{"omar-lenz": ""},
		},
		{
			name:  "a country acted toward is not the person's",
			text:  "Archbishop Paul Renard called for sanctions against Nigeria.",
			date:  "2020-01-01",
			codes: map[string]string{"paul-renard": ""},
		},
		{
			name:  "a country visited is not the person's",
			text:  "President Tomas Vell visited France.",
			date:  "2020-01-01",
			codes: map[string]string{"tomas-vell": ""},
		},
		{
			name:  "a country before the title may be the one acting on the person",
			text:  "France criticised President Tomas Vell.",
			date:  "2020-01-01",
			codes: map[string]string{"tomas-vell": ""},
		},
		{
			name:  "two countries in the sentence",
			text:  "President Tomas Vell thanked the Zambian people and France.",
			date:  "2020-01-01",
			codes: map[string]string{"tomas-vell": ""},
		},
		{
			name:  "a known foreign leader in the sentence",
			text:  "President Tomas Vell met Vladimir Putin to reassure the Zambian people.",
			date:  "2020-01-01",
			codes: map[string]string{"tomas-vell": ""},
		},
		{
			name:  "officials are a judge's own, not a president's",
			text:  "President Tomas Vell met 12 Chilean officials.",
			date:  "2020-01-01",
			codes: map[string]string{"tomas-vell": ""},
		},
		{
			name:  "a state office takes the previous sentence's country",
			text:  "Zambia's parliament met on Monday. President Tomas Vell said the vote was fair.",
			date:  "2020-01-01",
			codes: map[string]string{"tomas-vell": "ZMBGOV"},
		},
		{
			name:  "other titles do not",
			text:  "Zambia's parliament met on Monday. Judge Ana Soto said the vote was fair.",
			date:  "2020-01-01",
			codes: map[string]string{"ana-soto": ""},
		},
		{
			name:     "the dateline's country when the sentence names none",
			text:     "LUSAKA - Judge Ana Soto said the vote was fair.",
			dateline: "LUSAKA",
			date:     "2020-01-01",
			codes:    map[string]string{"ana-soto": "ZMBJUD"},
		},
		{
			name:     "not the dateline's when the sentence names another",
			text:     "LUSAKA - President Tomas Vell flew to France.",
			dateline: "LUSAKA",
			date:     "2020-01-01",
			codes:    map[string]string{"tomas-vell": ""},
		},
		{
			name:  "not from a previous sentence that names the country only as a modifier",
			text:  "He said voters blamed him for the Iraq war. Deputy Prime Minister John Petch said the vote was fair.",
			date:  "2020-01-01",
			codes: map[string]string{"john-petch": ""},
		},
		{
			name:  "not from a previous sentence that also names a known foreign leader",
			text:  "Vladimir Putin said Zambia would vote. President Tomas Vell said the vote was fair.",
			date:  "2020-01-01",
			codes: map[string]string{"tomas-vell": ""},
		},
		{
			name:  "a country inside a longer name is not named",
			text:  "Zambia faces a vote, as does Northern Ireland. President Tomas Vell said the vote was fair.",
			date:  "2020-01-01",
			codes: map[string]string{"tomas-vell": "ZMBGOV"},
		},
		{
			name:  "the president of a body named by a noun before the title",
			text:  "Zambia's parliament met on Monday. Vell magazine president Omar Lenz said the vote was fair.",
			date:  "2020-01-01",
			codes: map[string]string{"omar-lenz": ""},
		},
		{
			name:  "the president of a company the title names is no state's",
			text:  "Zambia's parliament met on Monday. Vellco President Omar Lenz said the vote was fair.",
			date:  "2020-01-01",
			codes: map[string]string{"omar-lenz": ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
