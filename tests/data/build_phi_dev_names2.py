"""Build phi_dev_names2.jsonl: person names that are hard to see, written by hand (round two).

Nicknames, initials, titles in many languages, names with particles, word-names at a sentence
start, lower-case chat and lists of people, in the voices of twelve practitioners. Each line of
SOURCE marks identifiers as [[kind:text]]; offsets are computed here. Lines whose category starts
with "clean_" carry no identifiers and must come through unchanged.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")

SOURCE = """
lowercase_chat | ok so saw [[name:big tee]] again today and he actually stayed the whole hour lah, first time since march
lowercase_chat | [[name:jun wei]] mum called me after, she say he sleep better already. tmr i see [[name:xiu ling]] at 3
lowercase_chat | sparkling moment: i just shut up and let [[name:kumar]] talk, like 10 min straight. v unusual for me haha
lowercase_chat | exception was when [[name:aunty mei]] came along, [[name:darren]] didnt argue at all
lowercase_chat | pls remind me to call [[name:mdm tan]] abt the form, [[name:shu fen]] forgot to sign
lowercase_chat | [[name:lil j]] said school was "ok only" which for him is like five stars
nickname_initial_title | [[name:KJ]] managed the full school day on Thursday without phoning home, which his gran says has not happened since P5.
nickname_initial_title | Supervision note: I discussed [[name:A.B.]] with [[name:Dr K.]]; we agreed to slow the pace and stay with the exceptions she named.
nickname_initial_title | [[name:Ms O]] reported that the bedtime routine now holds four nights out of seven.
title_kin | The client's [[name:Aunty Morag]] has been collecting her from the bus on Tuesdays, and the panic has been noticeably smaller on those days.
name_particle | Contact with the father, [[name:Mr Mac an tSaoir]], remains by telephone only; he was courteous and engaged throughout.
name_particle | [[name:Niamh Nic Giolla Phádraig]] attended with her mother and contributed more than in previous sessions.
word_name_start | [[name:Sky]] did not attend on Monday. [[name:Sky]]'s carer, [[name:Mrs Lindsay]], phoned ahead, which is itself a change.
word_name_start | [[name:Hope]] arrived early and asked to sit nearer the window. I followed her lead and did not comment on it.
clean_formal | Supervision focused on pacing, the use of scaling questions and how the worker might notice small exceptions earlier in the session.
clean_formal | Hope was expressed by the young person that the next review would go better. Patience is being asked of the whole family.
clean_formal | Joy and relief were both visible when the placement was confirmed; the worker reflected this back carefully.
word_name_start | [[name:Blessing]] came to my office during break and said she had eaten breakfast every day this week.
word_name_start | [[name:Precious]] and her brother [[name:Chidi]] both spoke at the assembly, and neither of them froze.
word_name_start | [[name:Favour]] told me her mother, [[name:Mama Ngozi]], now walks her to the gate instead of shouting from the door.
title_kin | [[name:Mummy Tolu]] said the reading practice at home is going well since [[name:Uncle Segun]] started helping.
nickname_initial_title | The boy they call [[name:Mo]] in JSS2 has stopped fighting at lunch. His form teacher [[name:Mrs A.]] noticed first.
title_role | [[name:Pastor Adeyemi]] asked whether [[name:Gift]] could join the youth choir again; I said it was her choice.
word_name_start | [[name:Comfort]] wrote her own three goals today. Patience was needed, but she got there.
title_role | [[name:Sir Okafor]] (maths) has agreed to let [[name:Emeka]] sit at the front.
clean_school | Patience and consistency are the two things I keep reminding the staff about. Gift giving at the end of term is optional.
clean_school | Joy in small things: a pupil smiled at me in the corridor today and it carried me through the afternoon.
title_kin | Omma is fine, but [[name:Halmoni Kim]] still asks about the visa every session.
name_particle | [[name:Ji-woo]] and her husband [[name:Daniel Park]] came together; when [[name:Daniel]] stopped interrupting, she spoke for a full minute.
nickname_initial_title | The younger son, nicknamed [[name:Bubba]] by the whole family, drew the "miracle day" as a picnic with Appa in it.
title_kin | [[name:Samchon Jae]] has been staying with them since January and the kids seem calmer.
title_kin | Client's sister, [[name:Unnie Soo-ah]], texted the mother to come to session, which is a first.
clean_family | Appa and Omma were both present for once. The grandparents were mentioned several times in a warm way.
clean_family | Halmoni was described as the one who holds everything together. I asked what the family would notice if things were a little better.
title_kin | [[name:Whaea Mere]] brought the rangatahi in and stayed for the kōrero, which helped him settle.
title_kin | [[name:Matua Hemi]] said the karakia at the start made the difference for the whānau.
word_name_start | [[name:Rain]] turned up to the marae on time, and [[name:Nanny Aroha]] made sure he ate first.
name_particle | [[name:Tamati Te Rangi]] and his cousin [[name:Wiremu]] both stayed for the whole hui.
clean_maori | The whānau gathered at the marae and we opened with a karakia. Kai was shared before anyone spoke.
clean_maori | Whaea and Matua are how the young people address the elders here; it is a sign of respect, not a name.
name_particle | Met [[name:Siobhán Ó Briain]] today; she reported three days of no bingeing and said it was "mad, in a good way".
nickname_initial_title | [[name:Dr. Mac]] in the practice referred [[name:Pádraig Mac Giolla]] to me last month.
name_particle | [[name:Orla Ní Bhriain]] was quieter than usual; her husband [[name:Cathal]] came in at the end.
title_kin | [[name:Nana Bridie]] minds the kids on Fridays and the mam says those are the calm evenings.
clean_irish | The GP and the practice nurse both noted the improvement. Grand, says she, when I asked how the week went.
clean_irish | Mam and Da came together to the appointment, which hasn't happened in a year.
nickname_initial_title | Session with [[name:R.K.]] today: he used the breathing before the exam and rated his anxiety a 4.
title_role | [[name:Ma'am Lakshmi]] from the school said [[name:Arjun]] has been raising his hand in class.
title_kin | Ajji stays with them now and [[name:Prakash]] says the house feels lighter.
name_particle | Referred by [[name:Dr. Suresh da Costa]]; [[name:Anita D'Souza]] attended with her brother.
nickname_initial_title | [[name:Chinnu]], as the family calls her, drew a picture of herself sleeping through the night.
clean_indian | Amma and Appa both attended. We discussed the exam pressure and the family's hopes in a gentle way.
clean_indian | Sir and Madam are what the children call every teacher here; I asked the class what had gone well.
title_kin | [[name:Ate Joy]] accompanied the patient kasi nag-aalala siya, pero she waited outside the whole time.
title_kin | [[name:Kuya Jun]] said the patient slept na daw without the ilaw on, first time in weeks.
title_kin | [[name:Tita Baby]] brought pancit for the staff and [[name:Lola Nena]] was all smiles.
lowercase_chat | sis pls check on [[name:bea]] later, she was crying kanina but then ok na after we talked
nickname_initial_title | [[name:Jhun-Jhun]] finally ate his full tray, sabi ni [[name:Nurse Weng]].
title_kin | [[name:Sis Carmina]] from the ward told me [[name:Mang Ramon]] walked to the window on his own.
clean_taglish | Ate and Kuya are just what we call the older ones, so they're not names. Salamat po sa lahat.
clean_taglish | The patient was calmer today. Kain na tayo muna before the rounds, sabi ng head nurse.
nickname_initial_title | [[name:Big Tee]] rocked up to the drop-in on Wednesday and actually asked for help with his CV.
lowercase_chat | yeah [[name:jayden]] and [[name:tahlia]] both came to footy, [[name:tahlia]] even brought her cousin lol
title_kin | [[name:Aunty Fatima]] rang to say [[name:Bilal]] came home before curfew three nights running.
nickname_initial_title | [[name:Bro Sione]] from church has been driving [[name:Tevita]] to training, which keeps him busy on Saturdays.
word_name_start | [[name:Chance]] said the best part of the week was not getting suspended. [[name:Sunday]] agreed, laughing.
clean_youth | Chance would be a fine thing, he said, when I asked if he'd finished the form. Big day tomorrow with the court visit.
clean_youth | Sunday footy is the only thing keeping the group together. Rain or shine they turn up.
title_kin | [[name:Gogo Nomsa]] has been cooking for the household and [[name:Sipho]] says the fighting has stopped at mealtimes.
name_particle | The foster father, [[name:Mr Pieter van der Merwe]], reports that [[name:Thandiwe]] is sleeping through.
name_particle | [[name:Mrs de la Rey]] and [[name:Koos ter Horst]] were both at the case conference.
title_kin | [[name:Mama Zodwa]] said [[name:Lwazi]] helped his younger brother with homework without being asked.
title_kin | [[name:Baba Dlamini]] attended the family meeting and for once did not leave early.
word_name_start | [[name:Memory]] phoned on Thursday. [[name:Memory]] said she had gone to the clinic by herself.
clean_sa | Gogo and Mkhulu are raising the children. Ubuntu came up in the session as something the family is proud of.
clean_sa | Memory problems were discussed with the doctor; the client's recall has improved since the medication change.
title_kin | [[name:Madame Tremblay]] m'a dit que [[name:Léa]] parle plus en classe since the new seating plan.
title_kin | [[name:Monsieur Gagnon]] was worried but [[name:Mathis]] said he felt "moins stressé" this week.
name_particle | [[name:Marie-Ève Côté-Leblanc]] came with her dad, [[name:Jean-François]], and she answered the scaling question herself.
title_kin | [[name:Señora Rodríguez]] helped her son with the English homework, which is new.
name_particle | The student, [[name:Gabriel dos Santos]], said the best moment was when [[name:Madame Bouchard]] read his essay aloud.
clean_quebec | Monsieur and Madame are how I address parents at the meeting, it is polite in Québec. The students did well.
clean_quebec | Bonjour, the group was lively today. We practised small talk and everyone spoke at least once.
title_kin | [[name:Mzee Otieno]] came with his granddaughter and said [[name:Akinyi]] now greets the neighbours.
title_kin | [[name:Mama Wanjiru]] reports that [[name:Kamau]] has not missed a day of school since half term.
list_people | Shosh and Guka are raising the twins, [[name:Baraka]] and [[name:Imani]].
title_role | [[name:Imam Hassan]] visited the family and [[name:Fatuma]] said she felt less alone.
word_name_start | [[name:Faith]] and [[name:Mercy]] both came to group. [[name:Faith]] spoke about her exam without crying.
clean_kenya | Faith came up a lot in the session; the client's church is very important to her. Mercy and forgiveness were themes.
clean_kenya | Mzee is how we greet an elder here. Harambee was held for the school fees and the family was thankful.
title_role | [[name:Ustaz Farid]] helped [[name:Nur Aisyah binti Rahman]] with her reading after class.
name_particle | [[name:Ahmad bin Salleh]] said [[name:Encik Rosli]] noticed he was calmer at work.
name_particle | [[name:Khalid al-Amin]] and his wife came in; [[name:Sheikh Abdullah]] from the mosque had suggested it.
title_role | [[name:Father Tadhg]] said [[name:Aoife]] looked like herself again at Mass.
title_role | [[name:Sir Graham]] is what the kids call the deputy; [[name:Graham Whitelaw]] is keen to help.
list_people | Present: [[name:Mrs Kerr]] (mother), [[name:Callum]] (14), [[name:Ailsa Kerr]] (sister), [[name:Mr Fraser]] (guidance teacher).
list_people | Attendees today: [[name:Joy]], [[name:Patience]], [[name:Sunday]] and [[name:Blessing]] — all four stayed to the end.
list_people | group was [[name:wei jie]], [[name:hafiz]], [[name:priya]] and [[name:kenneth]], quite a chill bunch today
list_people | Thanks to [[name:Ate Liza]], [[name:Kuya Ben]] and [[name:Tita Grace]] for covering the night shift.
list_people | Whānau present: [[name:Aroha]], [[name:Manaia]], [[name:Koro Pita]] and [[name:Whaea Tui]].
list_people | At the meeting: [[name:Imam Yusuf]], [[name:Pastor Grace Mwangi]], and the chief, [[name:Mzee Kiprop]].
nickname_initial_title | [[name:J.]] said the nights were shorter. [[name:P.]] thinks it's the new routine.
nickname_initial_title | Feedback from [[name:Dr. K.]] and [[name:Ms O.]] was that [[name:TJ]] is engaging more in class.
lowercase_chat | [[name:ms o]] says [[name:tj]] came to school all week!! so proud of him
nickname_initial_title | "[[name:Smiley]]", as he asked us to call him, got through the whole group without walking out.
nickname_initial_title | The kid everyone calls [[name:Lefty]] said he'd talk to his mum about the court date.
word_name_start | [[name:Precious]] said "I did it." [[name:Precious]] was grinning the whole time.
word_name_start | [[name:Gift]] is doing better. His mother [[name:Mama Gift]] said so too.
word_name_start | [[name:Patience]] opened with a story about her grandmother. I let her tell it without steering.
word_name_start | [[name:Joy]] was in today. [[name:Joy]] told me she had gone to the shops alone on Saturday.
word_name_start | [[name:Hope]]'s brother [[name:Blessing]] joined the session for the last ten minutes.
title_role | [[name:Pastor Chuks]] drove [[name:Ifeoma]] and [[name:Obinna]] to the session, which saved them two buses.
title_kin | [[name:Madam Bisi]] from the canteen said [[name:Tunde]] now eats with the others.
title_role | I asked [[name:Coach Njoroge]] what he had noticed, and he said [[name:Otis]] passed the ball more.
name_particle | [[name:Ines de Oliveira]] and [[name:Hendrik van Wyk]] were the two parents who spoke up.
name_particle | [[name:Maria da Silva]] told me [[name:Lucas]] now says goodnight to her in Portuguese.
name_particle | The referral came from [[name:Dr Femke ter Haar]], who has been seeing [[name:Noor]] for a year.
lowercase_chat | lol [[name:bro ahmed]] literally walked [[name:zane]] to the bus stop so he wouldnt wag again
lowercase_chat | [[name:tita baby]] said [[name:migs]] slept the whole night, no nightmares daw
lowercase_chat | quick update: [[name:imam yusuf]] rang, [[name:amina]] is back at madrasa
clean_chat | ok so today was actually a good day, group was chill and nobody walked out lol
clean_chat | sorry running late, traffic on the way, start without me pls
clean_chat | thx for covering yesterday, big help. see u tmrw at the team meeting
clean_chat | lil update: the new room is way better, the kids like the beanbags
clean_formal | Sir, I have attached the summary for your review. Madam Chair asked for it by Friday.
clean_formal | Ma'am, thank you for the feedback. I will bring the genogram to the next supervision.
clean_formal | The Pastor's role in the community came up, as did the Imam's visit to the school during Ramadan.
clean_formal | Auntie and Uncle are used for any older family friend, so I did not record them as relatives.
clean_formal | Comfort and safety were the priorities agreed at the start of the placement.
clean_formal | Favour is not something he wants to ask for; he would rather struggle alone, he says.
clean_formal | Sky-high anxiety on Monday, but by Thursday he was rating it a 5 on the scale.
clean_formal | Rain kept the group indoors, so we did the drawing exercise instead of the walk.
clean_formal | Precious little changed in the first month, and then everything shifted at once.
clean_formal | Bubba is the family's word for the baby, and they use it for all the little ones.
clean_formal | Big news: the family was rehoused closer to the school. Lil bits of progress every week.
"""


def parse(line: str) -> dict[str, object]:
    category, _, marked = line.partition(" | ")
    text = ""
    spans: list[dict[str, object]] = []
    pos = 0
    for m in _MARK.finditer(marked):
        text += marked[pos : m.start()]
        start = len(text)
        text += m.group(2)
        spans.append({"start": start, "end": len(text), "kind": m.group(1), "text": m.group(2)})
        pos = m.end()
    text += marked[pos:]
    for s in spans:
        assert text[int(s["start"]) : int(s["end"])] == s["text"]
    cat = category.strip()
    assert bool(spans) != cat.startswith("clean_"), line
    return {"text": text, "spans": spans, "category": cat}


def main() -> None:
    rows = [parse(line) for line in SOURCE.strip().splitlines() if line.strip()]
    out = HERE / "phi_dev_names2.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    sys.stdout.write(f"{len(rows)} rows -> {out}\n")


if __name__ == "__main__":
    main()
