package mentions

import "testing"

// An unknown person with a state office and no country of their own gets
// the one country the sentence names only through its own non-state
// groups; a country named as a state, or two countries, leave them none.
func TestResolveTitledPeopleHomeFromGroups(t *testing.T) {
	tests := []resolveCase{
		{name: "rebels of one country", text: "President Dos Sontas conceded to demands from UNITA to overhaul the judiciary.", date: "2000-01-01",
			want:  []want{{text: "President Dos Sontas", kind: "name", actor: "dos-sontas"}},
			codes: map[string]string{"dos-sontas": "AGOGOV"}},
		{name: "a people of one country", text: "Prime Minister Jon Brax met Yoruba leaders on Monday.", date: "2000-01-01",
			want:  []want{{text: "Prime Minister Jon Brax", kind: "name", actor: "jon-brax"}},
			codes: map[string]string{"jon-brax": "NGAGOV"}},
		{name: "the state itself is acted on", text: "President Dos Sontas called for sanctions against Nigeria.", date: "2000-01-01",
			codes: map[string]string{"dos-sontas": ""}},
		{name: "groups of two countries", text: "President Dos Sontas condemned UNITA and the Tamil Tigers.", date: "2000-01-01",
			codes: map[string]string{"dos-sontas": ""}},
		{name: "a group and another country's capital", text: "President Jane Foo met leaders of Hamas in Cairo.", date: "2000-01-01",
			codes: map[string]string{"jane-foo": ""}},
		{name: "not a state office", text: "Spokesman Jim Doe criticised UNITA.", date: "2000-01-01",
			codes: map[string]string{"jim-doe": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
