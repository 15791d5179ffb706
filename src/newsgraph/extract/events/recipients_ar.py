"""Who an Arabic aid pledge goes to (no parser): «مساعدات إنسانية إلى اليمن», «مساعدة ثالثة إلى اليونان»,
«تبرعت الإمارات بمبلغ ... لليمن».

* **Given to.** After an aid word, in its clause and within :data:`_REACH` tokens, the first actor
  after «إلى» (``destination`` cue) or a «ل» (glued or split off) is the recipient (GUIDELINES.md:
  target = recipient); so is the country of a nationality adjective right after a noun glued to «لل»
  («مساعدات للشعب اليمني»: Yemen). A donor's adjective on the way («مساعدات سعودية») and a name that
  already holds a role (the donor after a verb) are passed; any other name first ends the search, and
  so does a word of belonging (``owned``: «مساعدات تابعة للأمم المتحدة», the UN's aid).
"""

from __future__ import annotations

from newsgraph.extract.events.addressees_ar import _LAM, _lam_before
from newsgraph.extract.events.clauses import _Reader
from newsgraph.extract.events.frames import ACTORS, _Raw
from newsgraph.extract.events.lexicons import EventTypeInfo, TriggerMatch

__all__ = ["recipients_ar"]

#: Tokens after an aid word within which its recipient is looked for («مساعدات غذائية عاجلة إلى X»).
_REACH = 8
#: The role an aid pledge's recipient fills (``events_types.tsv``: its object).
_ROLE = "beneficiary"


def recipients_ar(r: _Reader, t: TriggerMatch, info: EventTypeInfo, raw: _Raw) -> None:
    """Add the recipient of an aid pledge (module doc), when no reading gave one."""
    if r.lang != "ar" or info.type != "AidPledge" or raw.roles.get(_ROLE) or raw.roles.get("target"):
        return
    own = r.clause_of[t.start]
    for k in range(t.end, min(t.end + _REACH, len(r.doc))):
        if r.clause_of[k] != own or "owned" in r.cues[k]:
            return  # «مساعدات تابعة للأمم المتحدة»: whose aid, not whom it goes to
        m = r.mention_at.get(k)
        if m is None or m.start != k or m.label not in ACTORS:
            continue
        given = m.payload != "adj" and ("destination" in r.cues[k - 1] or _lam_before(r, m) is not None)
        if given and not any(m.ref in slot for role, slot in raw.roles.items() if role != "agent"):
            raw.only_as(_ROLE, m.ref, 2.0)  # «مساعدات لأوكرانيا»: to Ukraine, whatever a genitive said
            return
        if any(m.ref in slot for slot in raw.roles.values()):
            continue  # «تبرعت الإمارات بمبلغ ... لليمن»: past the donor
        if m.payload == "adj":
            if k > 1 and (r.doc[k - 1].text.startswith("لل") or r.doc[k - 2].text in _LAM):  # «للشعب اليمني»
                raw.only_as(_ROLE, m.ref, 2.0)
                return
            continue  # «مساعدات سعودية»: the donor's
        if "destination" in r.cues[k - 1] or _lam_before(r, m) is not None:
            raw.only_as(_ROLE, m.ref, 2.0)
        return
