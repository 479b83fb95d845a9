"""`ctip_sentences`: boundaries that survive abbreviations and initials."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The U.S. Embassy funded it. Police agreed.", ["The U.S. Embassy funded it.", "Police agreed."]),
        ("Lt. Col. Maria Santos spoke. She left.", ["Lt. Col. Maria Santos spoke.", "She left."]),
        ("U.S. Ambassador W. Patrick Lee said so. Then he left.", ["U.S. Ambassador W. Patrick Lee said so.", "Then he left."]),
        ('He said "no." Then silence.', ['He said "no."', "Then silence."]),
        ("Dr. Ana Rusu met Gen. Okafor on Jan. 5. They talked.", ["Dr. Ana Rusu met Gen. Okafor on Jan. 5.", "They talked."]),
        ("CAMBODIA: TIER 2\n\nThe government acted.", ["CAMBODIA: TIER 2", "The government acted."]),
        ("It rose by 5.5 percent. Good.", ["It rose by 5.5 percent.", "Good."]),
        ("prosecutions.Law enforcement acted.", ["prosecutions.", "Law enforcement acted."]),
        ("Wait... what? Yes!", ["Wait... what?", "Yes!"]),
        ("Under Art. 3 of Law No. 12 they act. Then no. Next one.",
         ["Under Art. 3 of Law No. 12 they act.", "Then no.", "Next one."]),
        # a sentence wrapped by hand goes on past the line end; a heading and a list item do not
        ("The Center for Assistance and\nProtection to Victims opened. The victims\nwere housed there.",
         ["The Center for Assistance and\nProtection to Victims opened.", "The victims\nwere housed there."]),
        ("Key findings\nMost workers paid fees\nSome did not", ["Key findings", "Most workers paid fees", "Some did not"]),
        ("Women and\n\nChildren", ["Women and", "Children"]),
        # a currency's period before its amount ends no sentence
        ("It paid Rs. 41 million and Kshs. 200,000 in 2018. Then it stopped.",
         ["It paid Rs. 41 million and Kshs. 200,000 in 2018.", "Then it stopped."]),
    ],
)
def test_sentence_boundaries(nlp, text: str, sentences: list[str]) -> None:
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("ctip_sentences")(doc)
    assert [s.text.strip() for s in doc.sents] == sentences
