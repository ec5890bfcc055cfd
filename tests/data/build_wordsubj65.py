"""Write tests/data/phi_dev_wordsubj65a.jsonl and ...65b.jsonl (run from the repo root): everyday-word
given names as the subject of what only a person does, and the same words as ordinary subjects.
Names are the listed words in "person" rows; offsets are checked on writing."""
import json, re, sys
ROWS = [
# --- persons: word-name subject of a person-only predicate ---
("person", "Destiny has been going to her classes at the college every week since the review."),
("person", "Update from the school: Journey has been attending every day and even stayed for the after-school club."),
("person", "S: Harmony has had nine days without self-harm, reports using the ice cube trick."),
("person", "Royal finally slept in his own bed on Tuesday, first time since the move."),
("person", "Legend in year 9 has started the mentoring programme and likes his mentor."),
("person", "River (the older one) has been cooking tea for the family twice a week."),
("person", "Sky rang this morning to say she got the flat."),
("person", "Storm has been going to the boxing gym after school and says it keeps him out of trouble."),
("person", "Blue is the client's real name, he asked that we use it in group."),
("person", "King has stayed at his nan's every weekend this month without a row."),
("person", "Major, 16, has been going to school every day since the exclusion ended."),
("person", "Faith texted me after the session to say thank you."),
("person", "Precious has been sleeping through most nights now, mum says."),
("person", "Blessing in room 4 has joined the cooking group and made jollof for everyone."),
("person", "Lucky is her legal first name, not a nickname, she showed me her passport."),
("person", "sunny has been going to the temple with his dad on sundays, bhai says he is much calmer"),
("person", "Happy has had two weeks sober and is proud of it."),
("person", "Honesty just told me she wants to go back to her mum's."),
("person", "DESTINY HAS BEEN GOING TO SCHOOL EVERY DAY. REVIEW IN 4 WEEKS."),
("person", "AUNTY GRACE WILL PICK HIM UP FROM SCHOOL ON FRIDAY."),
("person", "Hope from the youth group has started volunteering at the food bank."),
("person", "junior tell mi seh him nah go back a di corner, him a go college now"),
("person", "Precious say she go church every Sunday now, no more staying in bed"),
("person", "Gift has been doing her homework at the library instead of at home."),
("person", "Everyone calls him Prince at home, and Prince has been helping his uncle at the shop."),
("person", "Sweetie (pt's cousin) stayed over on Saturday and they watched films."),
("person", "Memory has been taking her tablets every morning with breakfast."),
("person", "Mercy recently enrolled in the nursing course at the college."),
("person", "Joy has been eating lunch with the other girls instead of hiding in the toilets."),
("person", "Lovely has started her new job at the bakery and says the boss is kind."),
("person", "Patience (client) slept eight hours on Monday and woke up without the dread."),
("person", "Chance has been coming to group on time for three weeks."),
("person", "Baby is what everyone calls her, but her ID says Baby too, so it is her actual name."),
("person", "Justice went back to college on Monday and handed in his essay."),
("person", "Diamond walked to school by herself on Thursday for the first time."),
("person", "Trinity in the Tuesday group has been bringing her knitting and chatting more."),
("person", "Bro (everyone calls him that) has been showing up to training on time."),
("person", "O: Unique has been attending all sessions, engaged, good eye contact."),
("person", "Angel has been going to bed by ten and getting up for work."),
("person", "Autumn cooked dinner for her grandparents on Sunday and they loved it."),
# --- ordinary: the same words as abstract or ordinary subjects ---
("ordinary", "Hope has been hard to find for her this month."),
("ordinary", "Grace has been in short supply at home since the separation."),
("ordinary", "Joy has come back into his drawings, which are full of colour again."),
("ordinary", "Faith has been important to the family through all of this."),
("ordinary", "Summer has been going well so far, fewer fights at home."),
("ordinary", "June was a rough month with exams and the funeral."),
("ordinary", "Baby steps are fine, we agreed, and she picked one for this week."),
("ordinary", "Storm damage to the house meant the family stayed with friends for a week."),
("ordinary", "Honesty has been a big theme in our sessions lately."),
("ordinary", "Major changes at work have left him exhausted."),
("ordinary", "Blue is her favourite colour and she wore it to the interview."),
("ordinary", "Sky was clear on the night walk and she said it calmed her."),
("ordinary", "Patience has been wearing thin with her teenage son."),
("ordinary", "Mercy was shown to him by the magistrate, he said."),
("ordinary", "Memory has been patchy since the accident, she forgets appointments."),
("ordinary", "Will has been hard for him to find in the mornings."),
("ordinary", "Chance has played a part, she thinks, but mostly it was her effort."),
("ordinary", "HOPE IS WHAT KEEPS HER GOING. PLAN: REVIEW GOALS NEXT WEEK."),
("ordinary", "Junior school was where the bullying started, she said."),
("ordinary", "Justice has been slow, the court case has dragged on for a year."),
("ordinary", "Harmony at home has improved since the new rota."),
("ordinary", "Legend has it the old school was haunted, and the kids love the story."),
("ordinary", "Bro, she said, is what she calls everyone now."),
("ordinary", "Autumn has always been a hard season for her."),
("ordinary", "Happy hour at the pub used to be his trigger, so he goes to the gym instead."),
("ordinary", "Precious little sleep this week, she said, because of the neighbours."),
("ordinary", "Royal blue is the school colour and she wore the jumper with pride."),
("ordinary", "River walks have become her thing since the spring."),
("ordinary", "Lucky for him, the bus driver waited."),
("ordinary", "Sweetie, she called me, which made me smile."),
("ordinary", "Journey to school takes an hour on two buses, so she is tired by nine."),
("ordinary", "Grace was shown by her teacher when she was late again."),
("ordinary", "Joy has returned to her face, her mum said."),
("ordinary", "Destiny is a word she uses a lot, like it was all meant to be."),
("ordinary", "King size bed arrived and he is sleeping better on it."),
("ordinary", "Faith has been going strong in her, she says church keeps her steady."),
("ordinary", "Summer holidays started and the routine fell apart a bit."),
("ordinary", "Hope finally returned when the housing offer came through."),
("ordinary", "Comfort food has been a coping strategy, we talked about other ones."),
("ordinary", "Memory lane was her phrase for looking at old photos with her sister."),
]
def row(cat, s):
    spans = []; out = ""; pos = 0
    for m in re.finditer(r"\{\{(.+?)\}\}", s):
        out += s[pos:m.start()]; st = len(out); out += m.group(1); spans.append({"start": st, "end": len(out), "text": m.group(1), "kind": "name"}); pos = m.end()
    out += s[pos:]
    return {"text": out, "spans": spans, "category": cat}
# mark the names: in person rows, every token of the listed names
NAMES = "Destiny Journey Harmony Royal Legend River Sky Storm Blue King Major Faith Precious Blessing Lucky sunny Happy Honesty DESTINY GRACE Hope junior Gift Prince Sweetie Memory Mercy Joy Lovely Patience Chance Baby Justice Diamond Trinity Bro Unique Angel Autumn".split()
a, b = [], []
np = no = 0
for cat, s in ROWS:
    if cat == "person":
        s = re.sub(r"\b(" + "|".join(NAMES) + r")\b", r"{{\1}}", s)
        if "{{" not in s: sys.exit("unmarked: " + s)
        if "Baby is what" in s: pass
    r = row(cat, s)
    for sp in r["spans"]:
        assert r["text"][sp["start"]:sp["end"]] == sp["text"]
    k = np if cat == "person" else no
    (a if k % 2 == 0 else b).append(r)
    if cat == "person": np += 1
    else: no += 1
for name, rows in (("a", a), ("b", b)):
    with open(f"tests/data/phi_dev_wordsubj65{name}.jsonl", "w") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows), sum(len(r["spans"]) for r in rows))
