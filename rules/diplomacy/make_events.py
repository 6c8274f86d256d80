#!/usr/bin/env python3
"""Generate rules/diplomacy/events.tsv, kg's event lexicon (CAMEO-coded).

Usage: make_events.py [CAMEO_FILE] [OUTPUT]
  CAMEO_FILE  the PETRARCH-2 CAMEO verb dictionary (default
              /work/shared/data/cameo/CAMEO.2.0.txt; Open Event Data
              Alliance, MIT licence, github.com/openeventdata/petrarch2
              commit 676801cd)
  OUTPUT      default: events.tsv beside this script

Summary of the current output (the self-check compares it with what the
run produces, so update it with the lexicon):

  total  1804 entries (1561 verb, 165 noun)
  root 01  make public statement              37
  root 02  appeal                            109
  root 03  express intent to cooperate       119
  root 04  consult                           135
  root 05  engage in diplomatic cooperation  281
  root 06  engage in material cooperation     84
  root 07  provide aid                       119
  root 08  yield                              95
  root 09  investigate                        47
  root 10  demand                             35
  root 11  disapprove                        122
  root 12  reject                             35
  root 13  threaten                           43
  root 14  protest                            33
  root 15  exhibit force posture              39
  root 16  reduce relations                  178
  root 17  coerce                             87
  root 18  assault                            40
  root 19  fight                             138
  root 20  use unconventional mass violence   28

Output: one entry a line, six TAB-separated columns

  kind      "verb" or "noun"
  phrase    lower-case lemma words: the verb first, then the particle,
            object noun and other words that stand, in this order, between
            the verb and the object actor ("cut off", "impose sanctions",
            "hold talks", "call for ceasefire", "refuse to meet"); nouns in
            phrases are singular lemmas except pluralia tantum ("talks",
            "sanctions", "relations", "ties", "arms"), as the matcher
            accepts singular and plural; a noun entry is one word
  object    how the object actor follows the phrase: "dobj" (direct object)
            or a preposition, several separated by "|" in order of
            preference ("dobj|with")
  relation  the relation label, a lemma phrase (for nouns, the verb:
            "invasion" -> "invade")
  code      CAMEO event code (2-4 digits, root 01-20 = first two digits)
  symmetric "sym" if the relation holds both ways (meet, hold talks,
            clash), else "-"

sorted by kind, code, phrase and object, so that diffs stay small.

How it is made, in this order (the tables are all in this file):

 1. CAMEO's bare verbs. Every verb of the dictionary that carries a code
    (its own "[code]" or its block's) must be reviewed here: it is either
    kept in CAMEO_VERBS (with how its object is introduced, and the code -
    "=" keeps CAMEO's) or listed in DROP_CAMEO_VERBS. A verb that is in
    neither fails the self-check, so a new dictionary version cannot add
    unreviewed verbs.
 2. CAMEO's patterns "- * [PARTICLE] [NOUN | (PREP NOUN)] [(PREP)]
    [code]" become light-verb phrases ("impose sanctions", "send troop",
    "recall ambassador", "call for ceasefire") or verb + preposition
    entries ("clash with"). The verb is the one the pattern's comment
    names and must be in PATTERN_VERBS; only nouns in NOUNS are converted
    (NOUNS says which preposition introduces the object actor after the
    noun for giving, asking and attacking verbs; FROM_VERBS and FOR_VERBS
    adjust it), with modifiers from MODIFIERS only. Patterns with words
    before the verb, target-only codes ("[:054]"), "[---]" and other
    shapes are skipped. DROP_PATTERNS removes converted phrases that
    still misfire. When a phrase gets several codes, the most frequent
    wins.
 3. MANUAL lists entries by hand: the common diplomatic and conflict
    vocabulary CAMEO lacks or codes badly, and all "noun" entries. A
    MANUAL line replaces everything steps 1-2 made for the same kind and
    phrase. ADD A VERB OR NOUN HERE.
 4. British/American spelling variants are added (criticize/criticise,
    honor/honour, normalization/normalisation, defense/defence).

Symmetry: MANUAL and CAMEO_VERBS say it; for converted patterns it is set
for relation nouns that are bilateral by nature (ties, relations), for
joint nouns (talks, treaty, ceasefire ...) with joint verbs (hold, sign,
reach ...), and for CAMEO's paired codes ("[046:046]") with "with".

Standard library only. Exit status 1 if a self-check fails (unreviewed
CAMEO verb, stale curation line, bad format, duplicate, too few entries or
a CAMEO root with fewer than 20 entries).
"""

import collections
import os
import re
import sys

DEFAULT_SOURCE = "/work/shared/data/cameo/CAMEO.2.0.txt"

HEADER = """\
# kg event lexicon: verb and noun phrases that relate two actors, with
# their CAMEO event codes.
# Derived from the CAMEO verb dictionary of PETRARCH-2 (CAMEO.2.0.txt, Open Event Data Alliance, MIT licence, github.com/openeventdata/petrarch2 commit 676801cd); generated by make_events.py - edit the script's curation, not this file
# Source dictionary: Copyright (c) 2015 Open Event Data Alliance, MIT
# licence (text in ../shared/data/cameo/LICENSE beside the project).
# Columns (TAB-separated): kind, phrase, object, relation, code, symmetric
#   kind: verb | noun; phrase: lemma words (verb first; for nouns the noun)
#   object: dobj or the preposition(s) that introduce the object actor,
#           "|" between alternatives in order of preference
#   relation: lemma phrase label; code: CAMEO event code (root = 2 digits)
#   symmetric: sym (holds both ways) or -
"""

MIN_TOTAL = 1500
MIN_PER_ROOT = 20

# ---------------------------------------------------------------------------
# Curation tables.  Columns are separated by two or more spaces.
# ---------------------------------------------------------------------------

# Step 1.  CAMEO's bare verbs that are kept.
#   lemma  object  code  sym  [relation]
# code "=" keeps CAMEO's code (the verb's own, else its block's); another
# code corrects a block code to the codebook's own category (aid 060 ->
# 070 provide aid, recognize 051 -> 054 grant diplomatic recognition, bomb
# 190 -> 195 aerial weapons, negotiate 080 -> 046, sue 173 -> 115 ...).
# sym is "sym" or "-"; relation defaults to the lemma (plus the preposition
# for LABEL_WITH_PREP).
CAMEO_VERBS = """
# 01 make public statement / 02 appeal
tell                dobj            =     -
inform              dobj            =     -
address             dobj            =     -
console             dobj            018   -
comfort             dobj            018   -
ask                 dobj            =     -
request             dobj            =     -
petition            dobj            =     -
appeal              to              =     -    appeal to
beg                 dobj            =     -
implore             dobj            =     -
plead               with            =     -    plead with
advise              dobj            =     -
counsel             dobj            =     -
# 03 express intent to cooperate
assure              dobj            =     -
promise             dobj            =     -
train               dobj            062   -
# 04 consult
confer              with            =     sym
consult             dobj|with       =     sym
converse            with            =     sym
talk                with|to         040   sym
speak               with|to         040   sym
communicate         with            =     sym
interact            with            =     sym
meet                dobj|with       =     sym
contact             dobj            =     -
approach            dobj            =     -
confront            dobj            110   -
notify              dobj            =     -
apprise             dobj            =     -
apprize             dobj            =     -
cable               dobj            041   -
call                dobj            =     -
phone               dobj            =     -
telephone           dobj            =     -
visit               dobj            =     -
tour                dobj            042   -
travel              to              042   -
journey             to              042   -
arrive              in              042   -
host                dobj            =     -
invite              dobj            =     -
reinvite            dobj            =     -
summon              dobj            =     -
mediate             between         045   -
intercede           with            045   -
negotiate           with            046   sym
bargain             with            046   sym
haggle              with            046   sym
# 05 diplomatic cooperation
agree               with            =     sym
ally                with            =     sym
collaborate         with            =     sym
cooperate           with            =     sym
coordinate          with            =     sym
persuade            dobj            =     -
back                dobj            =     -
support             dobj            =     -
endorse             dobj            =     -
acclaim             dobj            =     -
admire              dobj            =     -
applaud             dobj            =     -
commend             dobj            =     -
compliment          dobj            =     -
congratulate        dobj            =     -
extol               dobj            =     -
felicitate          dobj            =     -
greet               dobj            =     -
hail                dobj            =     -
honor               dobj            =     -
honour              dobj            =     -
praise              dobj            =     -
salute              dobj            =     -
welcome             dobj            =     -
respect             dobj            =     -
recognise           dobj            054   -
recognize           dobj            054   -
encourage           dobj            =     -
reassure            dobj            =     -
embolden            dobj            =     -
favor               dobj            =     -
favour              dobj            =     -
laud                dobj            =     -
glorify             dobj            =     -
exalt               dobj            =     -
legitimise          dobj            =     -
legitimize          dobj            =     -
thank               dobj            =     -
apologise           to              =     -
apologize           to              =     -
forgive             dobj            =     -
appease             dobj            050   -
# 06 material cooperation / 07 aid
aid                 dobj            070   -
assist              dobj            070   -
help                dobj            =     -
lend                dobj|to         071   -
loan                dobj|to         071   -
provide             dobj            070   -
supply              dobj            070   -
trade               with            061   sym
finance             dobj            071   -
fund                dobj            071   -
bankroll            dobj            071   -
sponsor             dobj            070   -
underwrite          dobj            071   -
invest              in              =     -
import              from            =     -
buy                 from            =     -
purchase            from            =     -
arm                 dobj            =     -
equip               dobj            =     -
extradite           to|dobj         =     -
rescue              dobj            =     -
defend              dobj            =     -
protect             dobj            =     -
shield              dobj            =     -
shelter             dobj            =     -
# 08 yield
submit              to              =     -
obey                dobj            =     -
yield               to              =     -
capitulate          to              =     -
surrender           to              =     -
bow                 to              =     -
give in             to              =     -
pardon              dobj            =     -
release             dobj            =     -
free                dobj            084   -
withdraw            from            087   -
retreat             from            0874  -
disengage           from            087   -
# 09 investigate
investigate         dobj            =     -
probe               dobj            =     -
scrutinize          dobj            =     -
interrogate         dobj            =     -
monitor             dobj            =     -
spy                 on              =     -
# 10 demand
demand              from|of         =     -
press               dobj            =     -
exhort              dobj            =     -
entreat             dobj            =     -
# 11 disapprove
grill               dobj            =     -
curse               dobj            =     -
decry               dobj            =     -
disapprove          of              =     -
distrust            dobj            =     -
suspect             dobj            112   -
rebuff              dobj            =     -
snub                dobj            =     -
argue               with            =     sym
challenge           dobj            =     -
contradict          dobj            =     -
differ              with            =     sym
disagree            with            =     sym
dispute             dobj            =     -
oppose              dobj            =     -
wrangle             with            =     sym
complain            to              =     -
humiliate           dobj            =     -
disgrace            dobj            =     -
belittle            dobj            =     -
denigrate           dobj            =     -
malign              dobj            =     -
slander             dobj            =     -
admonish            dobj            =     -
berate              dobj            =     -
castigate           dobj            =     -
censure             dobj            =     -
chastise            dobj            =     -
chide               dobj            =     -
criticise           dobj            =     -
criticize           dobj            =     -
denounce            dobj            =     -
deride              dobj            =     -
disparage           dobj            =     -
lambaste            dobj            =     -
rebuke              dobj            =     -
remonstrate         with            =     -
reprimand           dobj            =     -
reproach            dobj            =     -
ridicule            dobj            =     -
scold               dobj            =     -
scorn               dobj            =     -
mock                dobj            =     -
brand               dobj            =     -
deplore             dobj            =     -
lash out            at              =     -
jeer                dobj|at         =     -
scoff               at              =     -
savage              dobj            =     -
pillory             dobj            =     -
accuse              dobj            =     -
blame               dobj            =     -
condemn             dobj            =     -
fault               dobj            =     -
implicate           dobj            =     -
# 12 reject
defy                dobj            =     -
spurn               dobj            120   -
object              to              =     -    object to
overrule            dobj            =     -
# 13 threaten
threaten            dobj            =     -
warn                dobj            =     -
caution             dobj            =     -
endanger            dobj            =     -
# 14 protest
protest             dobj|against    =     -
demonstrate         against         =     -
march               against         141   -
# 15 exhibit force posture
mobilise            against         154   -
mobilize            against         154   -
overfly             dobj            =     -
patrol              dobj            =     -
# 16 reduce relations
betray              dobj            =     -
blacklist           dobj            163   -
disassociate        from            =     -
undermine           dobj            =     -
sabotage            dobj            =     -
secede              from            =     -
# 17 coerce
detain              dobj            =     -
imprison            dobj            =     -
jail                dobj            =     -
incarcerate         dobj            173   -
bar                 dobj            =     -
blockade            dobj            191   -
boycott             dobj            =     -
embargo             dobj            163   -
exclude             dobj            =     -
ostracise           dobj            =     -
ostracize           dobj            =     -
shun                dobj            =     -
blackmail           dobj            =     -
compel              dobj            =     -
force               dobj            =     -
pressure            dobj            100   -
penalize            dobj            =     -
punish              dobj            =     -
crack down          on              175   -
repress             dobj            175   -
suppress            dobj            =     -
subdue              dobj            =     -
arrest              dobj            =     -
apprehend           dobj            =     -
rearrest            dobj            =     -
re-arrest           dobj            =     -
nab                 dobj            173   -
seize               dobj            =     -
capture             dobj            =     -
hijack              dobj            =     -
annex               dobj            =     -
fine                dobj            =     -
ban                 dobj            =     -
censor              dobj            =     -
outlaw              dobj            =     -
proscribe           dobj            =     -
sentence            dobj            173   -
convict             dobj            =     -
indict              dobj            =     -
prosecute           dobj            =     -
sue                 dobj            115   -
deport              dobj            =     -
expel               dobj            =     -
evict               dobj            =     -
exile               dobj            =     -
banish              dobj            =     -
oust                dobj            =     -
kick out            dobj            =     -
boot out            dobj            =     -
harass              dobj            170   -
lecture             dobj            =     -
# 18 assault
abuse               dobj            =     -
mistreat            dobj            =     -
harm                dobj            =     -
hurt                dobj            =     -
injure              dobj            =     -
wound               dobj            182   -
slap                dobj            =     -
scuffle             with            =     sym
terrorize           dobj            =     -
overthrow           dobj            =     -
abduct              dobj            =     -
kidnap              dobj            =     -
rape                dobj            =     -
torture             dobj            =     -
stab                dobj            =     -
assassinate         dobj            =     -
# 19 fight
ambush              dobj            =     -
annihilate          dobj            =     -
crush               dobj            =     -
decimate            dobj            =     -
defeat              dobj            =     -
destroy             dobj            =     -
overpower           dobj            =     -
subjugate           dobj            =     -
wipe out            dobj            =     -
encircle            dobj            191   -
bomb                dobj            195   -
bombard             dobj            194   -
shell               dobj            194   -
gun down            dobj            =     -
snipe               at              193   -
fire                on|at           =     -
kill                dobj            =     -
murder              dobj            =     -
slay                dobj            =     -
behead              dobj            =     -
decapitate          dobj            =     -
assault             dobj            =     -
attack              dobj            180   -
battle              dobj|with       =     sym
blitz               dobj            195   -
clash               with            =     sym
combat              dobj            =     -
fight               dobj|with|against  =     sym
pummel              dobj            =     -
quarrel             with            110   sym
retaliate           against         =     -
skirmish            with            =     sym
square off          with|against    =     sym
wage war            on|against      =     -
storm               dobj            =     -
strike              dobj            =     -
pound               dobj            194   -
raid                dobj            =     -
repel               dobj            =     -
repulse             dobj            =     -
shoot               dobj            =     -
besiege             dobj            =     -
invade              dobj            =     -
occupy              dobj            =     -
overrun             dobj            =     -
recapture           dobj            =     -
# 20 mass violence
butcher             dobj            =     -
massacre            dobj            =     -
slaughter           dobj            =     -
"""

# Step 1.  CAMEO's coded bare verbs that are dropped, block by block: they
# are generic (say, see, give, make), take a clause or a thing as object
# (announce, approve, impose, extend), describe a state or a feeling rather
# than an event between two actors (worry, hope, regret), are ambiguous
# between actors (join, face, engage, hit, target, beat), are forms listed
# as verbs (saw, forgave, touring) or are covered by a kept phrase ("meet
# with" by "meet  dobj|with").
DROP_CAMEO_VERBS = """
# ASK [---]
ask_for
# CANCEL [---]
call_off abort
# COLLAPSE [---]
disband
# CONFIRM [---]
seem_confident affirm
# DESPATCH [---]
dismiss
# DRAFT [---]
outline
# EVACUATE [---]
defect evacuate
# FAIL [---]
fail
# FLY [---]
airlift
# REFUSE [---]
decline
# RESIGN [---]
resign
# REVIEW [---]
re-examine reexamine
# REVOKE_ [---]
rescind
# SEARCH [---]
search seek
# SELECT [---]
is_determined decide determine vote
# STRENGTHEN [---]
beef_up
# UTILIZE [---]
apply
# VIOLATE [---]
breach
# CIRCULATE [010]
circulate diffuse dispense disperse disseminate dissipate distribute
propagate scatter spread
# CONFER [010]
discuss utter verbalise verbalize
# DECREE [010]
declare decree ordain proclaim pronounce
# EMPHASIZE [010]
accentuate emphasise emphasize enunciate highlight impress pinpoint
punctuate spotlight stress underline underscore
# ESTIMATE [010]
assess calculate count estimate figure gauge measure reassesment score sum
tally total
# EXPLAIN_VERBAL [010]
clear_up announce articulate assert cite clarify comment convey define
depict describe detail elucidate explain explicate expound express impart
mention narrate rationalize refer remark say state
# OBSERVE [010]
take_note watch_over note notice observe saw see view watch witness
# PREDICT [010]
anticipate augur auspicate await envisage expect forebode foresee foreshadow
foretell portend predict prefigure presage prognosticate
# QUOTE [010]
quote reiterate restate retell
# REPEAT [010]
bemock copy echo imitate mimic repeat
# CONCERN [012]
concern involve
# WORRY [012]
worried worry
# INTRUDE [013]
intrude obtrude pry trespass
# REFUTE [016]
refute
# ALLAY [017]
allay
# APPEAL [020]
solicit
# HOPE [020]
desire hope
# SUGGEST [020]
advocate hint propose recommend suggest
# INTEND [030]
intend mean plan
# OFFER [030]
offer proffer volunteer
# PLEDGE [030]
pledge subscribe
# PREPARE [030]
gear_up groom prepare ready
# PROMISE [030]
certify ensure guarantee vouch
# REVIVE [030]
resurrect resuscitate revive
# SIGNAL [030]
signal
# STRIVE [030]
endeavor endeavour strive
# ASSEMBLE [040]
get_together amass assemble cluster conglomerate congregate conjoin
constellate convene converge flock gather huddle join unite
# CONSIDER [040]
consider contemplate deliberate excogitate meditate mull muse ponder reason
reconsider ruminate speculate think weigh
# GO_SOMEWHERE [040]
go_away go_forth go_to leave_behind pull_out walk_out attend depart egress
embark go leave touring
# HEAR [040]
find_out hear learn
# INTRODUCE [040]
acquaint innovate insert introduce
# INVITE [040]
elicit
# MEET_PEOPLE [040]
communicate_with meet_with run_into brave encounter face
# NOTIFY [040]
give_notice send_word promulgate
# BARGAIN [050]
barter broker deal
# COLLABORATE [050]
side_with associate concert
# COORDINATE [050]
conform correlate harmonise harmonize integrate orchestrate organise
organize synchronise synchronize unionise unionize
# DISCLOSE [050]
acknowledge admit confess confide disclose divulge expose profess reveal
unveil
# INFLUENCE [050]
affect impact influence tempt
# REJOICE [050]
exuberate exult rejoice triumph
# SUPPORT [050]
advertise advertize promote
# ACCLAIM [051]
celebrate clap commemorate reward toast
# APPRECIATE [051]
appreciate
# BLESS [051]
bless sanctify
# ENCOURAGE [051]
cheer enliven galvanize inspire invigorate revitalize rouse spur
# FAVOR [051]
prefer
# REASSERT [051]
reassert
# RESPECT [051]
esteem prize value
# FORMALIZE [054]
formalize
# FORGIVE [056]
forgave forgiven
# AID [060]
benefit serve
# ALLOCATE [060]
allocate allot apportion assign task
# BOOST [060]
step_up amplify augment boost compound deepen enhance enlarge escalate
exaggerate expand heighten increase intensify magnify redouble
# ENACT [060]
constitute enact establish found institute re-establish
# ENLIST [060]
enlist enroll
# FACILITATE [060]
abate ameliorate assuage better ease expediate facilitate improve mitigate
simplify
# GRANT [060]
accord add award bequeath bestow contribute donate endow entrust give grant
issue
# LINK [060]
tie_in attach bind chain connect link relate
# MERGE [060]
blend coalesce combine conflate fuse merge unify
# OVERSEE_MANAGE [060]
administer command conduct control dictate direct enjoin govern handle head
lead manage order oversee prescribe regulate rule steer supervise supervize
# TRADE [060]
exchange swap
# FINANCE [061]
pay_for pay
# PURCHASE [061]
compensate
# ARM [062]
attire furnish gear outfit render stock tender
# INTERVENE [070]
step_in interfere intervene
# STABILISE [070]
stabilise stabilize
# DEFEND [074]
look_after guard safeguard tend ward
# ABANDON [080]
abandon
# ABSOLVE [080]
absolve
# ABSTAIN [080]
abstain
# ALLOW [080]
go_by go_through allow approve authorise authorize clear consent countenance
empower enable legislate pass permit ratify tolerate verify
# COMPROMISE [080]
hash_out settle_on talk_over arbitrate compromise conciliate intermediate
resettle resolve settle
# LOOSEN [080]
disentangle loosen relax tease undo untie
# RELEASE [080]
set_free emancipate liberate unloose
# RETREAT [080]
back_down draw_back get_out pull_back detach disconnect recede retire
retract
# SUBMIT [080]
abide_by conform_to abide accede acquiesce bide comply fill satify
# UNBLOCK [080]
unblock
# YIELD [080]
drop_out give_up cede concede concession forswear relinquish renounce
succumb waive
# ACQUIT [081]
acquit exculpate exonerate vindicate
# DECLASSIFY [081]
declassify
# LEGALISE [081]
decriminalise decriminalize legalise legalize
# INSPECT [090]
look_over analyse ascertain audit check examine explore inspect research
study
# PROBE [090]
glance_over comb dig mine rake scan skim sweep unearth
# DEMAND [100]
adjure bid campaign clamor clamour crusade necessitate need push want
# INSIST [100]
insist
# ALLEGE [110]
allege aver avow claim swear
# CURSE [110]
blaspheme
# DESPAIR [110]
despair
# DISMAY [110]
disappoint discourage dishearten dismay sadden
# DISTRUST [110]
doubt oppugn
# LAMENT [110]
cry grieve lament mourn wail weep whine
# REBUFF [110]
slight
# REGRET [110]
regret
# VERBAL_CONFLICT [110]
bemoan compete contend contest contrast contravene counter counterbalance
debate dissent
# DISGRACE [110]
debase defile degrade humble
# DENIGRATE [111]
impugn
# DENOUNCE [111]
dress_down cane chasten flog reprobate
# DEPLORE [111]
abhor
# SAVAGE [111]
crucify
# BLAME [112]
charge
# DELAY [120]
defer delay forestall hamper hinder impede inhibit obstruct postpone prevent
procrastinate remit retard shelve stall stymie table
# OVERRULE [120]
override
# ENDANGER [130]
risk
# DISTURB [140]
bridle_at agitate agonise agonize annoy badger bother discomfit disconcert
disquiet distress disturb frustrate harry hassle irk irritate pester plague
rag torment upset vex
# PROVOKE [140]
arouse enkindle provoke
# RIOT [145]
riot
# MOBILIZE [150]
call_up drum_up pull_together garner marshal muster rally
# PARADE [150]
parade
# DISRUPT [160]
disarray disorder disrupt
# UNDERMINE [160]
countermine
# CONFINE [170]
cage confine contain enclose restrict withhold
# EXCLUDE [170]
cordon_off vote_down block segregate
# IMPEL [170]
enforce impel reinforce
# IMPOSE [170]
bill impose inflict levy reimpose
# SUPPRESS [170]
constrain crackdown curb moderate quell restrain
# VANDALISE [1712]
vandalise vandalize
# APPREHEND [171]
arrest_and catch grab snatch take
# EXTRACT [171]
extract pluck pull wrest
# NATIONALIZE [171]
nationalise nationalize
# STEAL [171]
steal
# TAKE_CONTROL [171]
take_over commandeer overturn pirate revolutionise revolutionize subvert
usurp
# TAKE_PROPERTY [171]
appropriate confiscate
# FINE [172]
tax
# PROHIBIT [172]
criminalise criminalize disallow forbid illegalise illegalize interdict
prohibit veto
# DEPORT [174]
remove
# HURT [180]
bruise contaminate corrupt crack damage impair mar rip spoil tarnish tear
vitiate
# RAMPAGE [180]
rampage
# WHIP [180]
lash whip
# RAPE [1821]
dishonor dishonour
# DESTROY [190]
beat best break bust demolish desolate devastate disarm dominate eradicate
master obliterate overcome overshadow overtake overwhelm ravage ravish raze
ruin shatter smash surmount
# DIE [190]
die
# ENCIRCLE [190]
circle ring surround
# ENGAGE [190]
engage
# EXPLOSIVE_DESTRUCTION [190]
blow_up blast blow detonate dynamite explode pelt torch
# FLATTEN [190]
flatten
# KILL [190]
kidnapped_and_killed killed_and killed_or shoot_down stamp_out string_up
hang strangle
# PHYSICAL_CONFLICT [190]
attacked_and_stabbed fight_back fight_down shot_and altercate assail
bludgeon clobber conflict duel grapple hammer hit kick match pit siege stone
struggle wrestle
# POUND [190]
ram thump
# RAID [190]
foray_into intrude_on
# RANSACK [190]
despoil foray loot pillage plunder ransack reave
# TARGET [190]
aim target
# INVADE [192]
infest inhabit reside
"""

# Step 2.  Event nouns that light-verb patterns may convert.
#   noun  give-object  ask-object  [force-object]
# "give-object" introduces the actor after "send aid", "impose sanctions";
# "ask-object" after asking/demanding verbs (CAMEO roots 02 and 10, and
# ASK_VERBS): "seek aid from"; "force-object" (default: give-object) with
# codes of roots 18-20: "fire missiles at".  "-" means: not convertible
# that way.
NOUNS = """
# meetings and negotiations
talks               with              with
negotiation         with              with
dialogue            with              with
discussion          with              with
consultation        with              with
meeting             with              with
summit              with              with
conference          with              -
visit               to                to
trip                to                to
tour                of                -
mission             to                to
delegation          to                -
envoy               to                -
ambassador          to                -
diplomat            to                -
invitation          to                from
letter              to                -
message             to                -
# cooperation, agreements
treaty              with              with
pact                with              with
accord              with              with
agreement           with              with
deal                with              with
contract            with              with
memorandum          with              -
protocol            with              -
ceasefire           with              with
truce               with              with
armistice           with              with
peace               with              with
alliance            with              with
ties                with              with
relations           with              with
relationship        with              with
cooperation         with              from
partnership         with              with
friendship          with              -
rapprochement       with              with
reconciliation      with              with
solidarity          with              -
exercise            with              -
manoeuvre           with              -
drill               with              -
# support and aid
support             for|to            from
backing             for|to            from
endorsement         of                from
recognition         to|of             from
aid                 to                from
assistance          to                from
help                to                from
relief              to                from
loan                to                from
credit              to                from
investment          in                from
money               to                from
food                to                from
supply              to                from
arms                to                from      at|on|into
weapon              to                from      at|on|into
missile             to                from      at|on|into
rocket              to                from      at|on|into
troop               to                from
force               to                -
peacekeeper         to                from
observer            to                -
adviser             to                -
advisor             to                -
reinforcement       to                from
warship             to                -
aircraft            to                from
tank                to                -
asylum              to                in|from
protection          to|for            from
apology             to                from
concession          to                from
condolences         to                -
congratulations     to                -
# pressure, criticism, threats
pressure            on                -
ultimatum           to                -
warning             to                -
threat              against|to        -
criticism           of                -
condemnation        of                -
protest             to|with|against   -
complaint           against|with|to   -
accusation          against           -
charge              against           -
lawsuit             against           -
warrant             for               -
demonstration       against           -
# coercion and force
sanctions           on|against        -
embargo             on|against        -
ban                 on                -
boycott             of                -
blockade            of|on             -
restriction         on                -
tariff              on                -
crackdown           on                -
campaign            against           -
coup                against           -
investigation       into|of           -
inquiry             into              -
probe               into              -
attack              on|against        -
assault             on|against        -
offensive           against           -
counteroffensive    against           -
raid                on|against        -
airstrike           on|against        -
incursion           into              -
invasion            of                -
bombardment         of                -
bombing             of                -
shelling            of                -
operation           against           -
war                 on|against|with   -
hostilities         with|against      -
fire                on|at             -         on|at
"""

# Words allowed before the noun in a converted pattern ("military aid").
MODIFIERS = set("""
humanitarian military economic financial diplomatic air peace joint nuclear
medical emergency relief trade free defense defence security border
bilateral formal full official new fresh additional further foreign arms
naval ground political direct high-level state trilateral multilateral
development food cultural technical scientific strategic comprehensive
peacekeeping fighter warning mock loan credit oil gas energy
""".split())

# Nouns whose CAMEO spelling is mapped to another lemma.
# Multi-word keys ("air strike") replace the last words of a noun phrase.
NOUN_ALIASES = {
    "sanction": "sanctions", "condolence": "condolences",
    "congratulation": "congratulations", "supplies": "supply",
    "cease-fire": "ceasefire", "cease fire": "ceasefire",
    "manoeuver": "manoeuvre", "maneuver": "manoeuvre",
    "manoeuvers": "manoeuvre", "manoeuvres": "manoeuvre",
    "maneuvers": "manoeuvre", "troops": "troop", "forces": "force",
    "negotiations": "negotiation", "peacekeepers": "peacekeeper",
    "tie": "ties", "relation": "relations", "talk": "talks",
    "air strike": "airstrike", "air strikes": "airstrike",
    "airstrikes": "airstrike",
}

# Verbs whose patterns use the ask-object of the noun.
ASK_VERBS = set("""
ask request seek appeal call want need demand beg plead petition solicit
look implore press
""".split())

# Step 2.  Verbs whose patterns are converted ("verb_particle" when the
# pattern has a particle: "step_up pressure", "carry_out attack").  Others
# are too generic ("confirm attack"), describe the object's event rather
# than an act towards the object ("condemn attack on", "deny accusation
# against"), or have the object actor as the source ("receive aid from").
PATTERN_VERBS = """
sign offer launch send call appeal hold seek withdraw extend announce resume
reach provide pledge demand deliver ask cut step_up stage cancel propose
promise start postpone give continue carry_out agree rush enter halt grant
establish begin sell lift issue host conclude boost trade reestablish
re-establish initiate increase express expand exchange end donate deploy
conduct clinch buy withhold supply rule_out ratify pursue pay maintain
hammer_out export ease embark_on boycott voice unleash tighten restore
pull_out make lodge import form file engage breach airlift wrap_up wage
schedule reduce recall reaffirm put put_off push organise organize meet
improve impose freeze forge distribute contribute blame appoint allocate
write_off warm upgrade transport toughen suggest strike strengthen strain
slap revive repair relax pump pour plead negotiate mount mend loosen look
lend convey complete call_off walk_out set_up break_off cut_off kick_off
pull_back reopen open sever renew downgrade normalize normalise order plan
return fight count depart huddle campaign probe request want sponsor
fund finance suspend stop
"""

# Step 2.  Asking verbs whose noun needs "for" ("ask for aid"); CAMEO's
# patterns leave it out ("- * AID [023] # ASK").
FOR_VERBS = {"ask", "appeal", "plead", "look", "push", "hope", "press"}

# Step 2.  Pattern verbs whose noun's object is introduced by "from"
# ("withdraw troops from", "recall ambassador from").
FROM_VERBS = {"withdraw", "recall", "pull out", "pull back", "evacuate",
              "buy", "import"}

# Step 2.  Converted phrases dropped: "phrase" drops every object,
# "phrase  object" one entry.
DROP_PATTERNS = """
# not an act towards the object actor, or the wrong object
express relief
open summit
pay condolences
plead for peace
call for ties
# an adjective that is also a verb breaks the phrase ("direct")
offer direct military assistance
request rocket
buy rocket
sell rocket
airlift rocket
donate rocket
export rocket
send rocket
ease rocket
stop missile
stop rocket
stop weapon
withdraw rocket
import missile
import rocket
import weapon
open missile
open rocket
open weapon
rush missile
rush rocket
rush weapon
trade missile
trade rocket
trade weapon
launch weapon
promise operation
meet
return
order envoy
plan deal
step up friendship
deliver endorsement
exchange message
launch peace offensive
sponsor talks
establish discussion
establish negotiation
host conference
host military conference
exchange ambassador
hold joint manoeuvre
sign ground force
sign troop
give ground force
give troop
set up ground force
set up troop
order security force
pour tank
increase troop
increase ground force
maintain force
cut force
reduce troop
cut peacekeeper
cut peacekeeping force
boost peacekeeper
boost peacekeeping force
increase peacekeeper
boost protection
increase protection
tighten protection
step up protection
lodge protest  of
resume protest
plan hostilities
plan war
step up war
step up hostilities
step up attack
exchange attack
cancel accord
cancel agreement
cancel pact
cancel treaty
pursue rapprochement
cut in aid
blame for attack
exchange accusation
trade accusation
request
fight ban
deliver message  against
issue attack
hold fire
lift threat
trade concession
complete operation
postpone incursion
finance attack
fund hostilities
fund war
organise humanitarian trip
stage mock attack
stage mock raid
call for visit
reestablish accord
reestablish agreement
reestablish pact
reestablish treaty
supply tank
form defence cooperation
form defense cooperation
plan help
open conference
step up diplomatic offensive
carry out joint military operation
launch joint military operation
plan joint military operation
return from demonstration
launch manoeuvre
hold manoeuvre
stage air exercise
step up air campaign
boycott conference
ask for apology
put in protest
launch warning
sell military fighter aircraft
return military fighter aircraft
return military aircraft
launch relief
stop embargo
extend money
pay trip
"""

# Step 3.  Hand-made entries - ADD A VERB OR NOUN HERE, under its CAMEO
# root.
#   kind  phrase  object  code  sym  [relation]
# A line replaces whatever steps 1-2 produced for the same kind and phrase
# (list every object wanted).  relation defaults to the phrase for verbs
# (plus the preposition for LABEL_WITH_PREP); nouns must give it (the verb:
# "invasion" -> "invade").  Phrases use singular nouns except pluralia
# tantum ("deploy troop" also matches "deployed troops").
MANUAL = """
# --- relation states: how relations between two actors stand ----------
# (state words; their object column lists the nouns they describe)
state  stabilize         relations|relationship|ties     05    sym   improve relations
state  stabilise         relations|relationship|ties     05    sym   improve relations
state  freeze            relations|relationship|ties     16    sym   freeze relations
state  frozen            relations|relationship|ties     16    sym   freeze relations
state  improve           relations|relationship|ties   05    sym   improve relations
state  warm              relations|relationship|ties   05    sym   warm relations
state  thaw              relations|relationship|ties   05    sym   thaw relations
state  strengthen        relations|relationship|ties   05    sym   strengthen relations
state  deepen            relations|relationship|ties   05    sym   deepen relations
state  flourish          relations|relationship|ties   05    sym   flourish relations
state  blossom           relations|relationship|ties   05    sym   blossom relations
state  expand            relations|relationship|ties   05    sym   improve relations
state  develop           relations|relationship|ties   05    sym   improve relations
state  recover           relations|relationship|ties   05    sym   improve relations
state  mend              relations|relationship|ties   05    sym   mend relations
state  upgrade           relations|relationship|ties   05    sym   improve relations
state  good              relations|relationship|ties   05    sym   have good relations
state  strong            relations|relationship|ties   05    sym   have good relations
state  close             relations|relationship|ties   05    sym   have good relations
state  closer            relations|relationship|ties   05    sym   have good relations
state  cordial           relations|relationship|ties   05    sym   have good relations
state  friendly          relations|relationship|ties   05    sym   have good relations
state  warmer            relations|relationship|ties   05    sym   have good relations
state  excellent         relations|relationship|ties   05    sym   have good relations
state  cooperative       relations|relationship|ties   05    sym   have good relations
state  stable            relations|relationship|ties   05    sym   have good relations
state  solid             relations|relationship|ties   05    sym   have good relations
state  amicable          relations|relationship|ties   05    sym   have good relations
state  positive          relations|relationship|ties   05    sym   have good relations
state  better            relations|relationship|ties   05    sym   have good relations
state  normalize         relations|relationship|ties   08    sym   restore relations
state  normalise         relations|relationship|ties   08    sym   restore relations
state  resume            relations|relationship|ties   08    sym   restore relations
state  restore           relations|relationship|ties   08    sym   restore relations
state  sour              relations|relationship|ties   16    sym   sour relations
state  deteriorate       relations|relationship|ties   16    sym   deteriorate relations
state  worsen            relations|relationship|ties   16    sym   worsen relations
state  cool              relations|relationship|ties   16    sym   cool relations
state  fray              relations|relationship|ties   16    sym   deteriorate relations
state  strain            relations|relationship|ties   16    sym   strain relations
state  collapse          relations|relationship|ties   16    sym   deteriorate relations
state  break             relations|relationship|ties   16    sym   deteriorate relations
state  decline           relations|relationship|ties   16    sym   deteriorate relations
state  suffer            relations|relationship|ties   16    sym   deteriorate relations
state  chill             relations|relationship|ties   16    sym   deteriorate relations
state  plummet           relations|relationship|ties   16    sym   deteriorate relations
state  plunge            relations|relationship|ties   16    sym   deteriorate relations
state  sink              relations|relationship|ties   16    sym   deteriorate relations
state  hostile           relations|relationship|ties   16    sym   have poor relations
state  bitter            relations|relationship|ties   16    sym   have poor relations
state  tense             relations|relationship|ties   16    sym   have poor relations
state  poor              relations|relationship|ties   16    sym   have poor relations
state  frosty            relations|relationship|ties   16    sym   have poor relations
state  cold              relations|relationship|ties   16    sym   have poor relations
state  icy               relations|relationship|ties   16    sym   have poor relations
state  acrimonious       relations|relationship|ties   16    sym   have poor relations
state  troubled          relations|relationship|ties   16    sym   have poor relations
state  rocky             relations|relationship|ties   16    sym   have poor relations
state  difficult         relations|relationship|ties   16    sym   have poor relations
state  antagonistic      relations|relationship|ties   16    sym   have poor relations
state  strained          relations|relationship|ties   16    sym   have poor relations
state  low               relations|relationship|ties   16    sym   have poor relations
state  lowest            relations|relationship|ties   16    sym   have poor relations
state  bad               relations|relationship|ties   16    sym   have poor relations
state  worse             relations|relationship|ties   16    sym   have poor relations
state  adversarial       relations|relationship|ties   16    sym   have poor relations
state  uneasy            relations|relationship|ties   16    sym   have poor relations
state  fraught           relations|relationship|ties   16    sym   have poor relations
state  increase          tensions|tension              16    sym   increase tensions
state  rise              tensions|tension              16    sym   increase tensions
state  escalate          tensions|tension              16    sym   increase tensions
state  grow              tensions|tension              16    sym   increase tensions
state  mount             tensions|tension              16    sym   increase tensions
state  heighten          tensions|tension              16    sym   increase tensions
state  flare             tensions|tension              16    sym   increase tensions
state  soar              tensions|tension              16    sym   increase tensions
state  intensify         tensions|tension              16    sym   increase tensions
state  deepen            tensions|tension              16    sym   increase tensions
# --- 01 make public statement ------------------------------------------
verb   brief                      dobj            010   -
verb   remind                     dobj            010   -
verb   reply                      to              010   -
verb   respond                    to              010   -
verb   write                      to              010   -
verb   comment                    on              010   -
verb   describe relations         with            010   sym
verb   describe ties              with            010   sym
verb   express concern            about|over      012   -
verb   voice concern              about|over      012   -
verb   express optimism           about           013   -
verb   express sympathy           for|with|to     018   -
verb   sympathize                 with            018   -
verb   empathize                  with            018   -
verb   commiserate                with            018   -
verb   convey condolences         to              018   -
verb   send condolences           to              018   -
verb   send message               to              010   -
verb   send letter                to              010   -
verb   write letter               to              010   -
noun   condolences                to              018   -     express condolences
noun   message                    to              010   -     send message
noun   letter                     to              010   -     write
# --- 02 appeal -----------------------------------------------------------
verb   urge                       dobj            020   -
verb   lobby                      dobj            020   -
verb   turn                       to              020   -
verb   urge restraint             on              020   -
verb   appeal for calm            to              020   -
verb   make appeal                to              020   -
verb   issue appeal               to              020   -
noun   appeal                     to              020   -     appeal to
noun   plea                       to              020   -     appeal to
# --- 03 express intent to cooperate ---------------------------------------
verb   propose                    to|for|with|between  030   -
verb   suggest                    to|for|with|between  030   -
verb   agree to meet              dobj|with       036   sym
verb   offer to mediate           between         039   -
verb   offer mediation            between         039   -
verb   pledge support             for|to          032   -
verb   vow support                for|to          032   -
verb   offer support              for|to          032   -
# --- 04 consult ----------------------------------------------------------
verb   discuss                    with            040   sym
verb   fly                        to              042   -
verb   head                       to|for          042   -
verb   land                       in              042   -
verb   make visit                 to              042   -
verb   make trip                  to              042   -
verb   make state visit           to              042   -
verb   pay state visit            to              042   -
verb   pay official visit         to              042   -
verb   sit down                   with            040   sym
verb   engage                     with            040   sym
verb   reach out                  to              040   -
verb   exchange view              with            040   sym
verb   exchange letter            with            040   sym
verb   correspond                 with            040   sym
verb   speak by phone             with|to         041   sym
verb   speak by telephone         with|to         041   sym
verb   talk by phone              with|to         041   sym
verb   hold phone call            with            041   sym
verb   hold phone talks           with            041   sym
verb   hold telephone talks       with            041   sym
verb   have phone conversation    with            041   sym
verb   hold video call            with            041   sym
verb   hold video conference      with            041   sym
verb   hold virtual meeting       with            040   sym
verb   host talks                 between|with    045   -
verb   broker talks               between         045   -
verb   broker deal                between         045   -
verb   broker ceasefire           between         045   -
verb   broker peace               between         045   -
verb   hold summit                with            040   sym
verb   hold talks                 with            046   sym
verb   extend invitation          to              040   -
verb   conclude talks             with            046   sym
verb   convey message             to              010   -
noun   meeting                    with            040   sym   meet
noun   talks                      with            046   sym   hold talks
noun   negotiation                with            046   sym   negotiate
noun   visit                      to              042   -     visit
noun   trip                       to              042   -     visit
noun   tour                       of              042   -     tour
noun   call                       with|to         041   sym   phone
noun   consultation               with            040   sym   consult
noun   dialogue                   with            046   sym   hold dialogue
noun   discussion                 with            040   sym   discuss
noun   conversation               with            040   sym   talk
noun   mediation                  between         045   -     mediate
noun   invitation                 to              040   -     invite
noun   audience                   with            040   -     meet
# --- 05 diplomatic cooperation ------------------------------------------
noun   ally                       of|with         050   sym   ally with
noun   partner                    of|with         050   sym   partner with
noun   friend                     of              050   sym   befriend
noun   supporter                  of              051   -     support
noun   backer                     of              051   -     support
noun   summit                     with            040   sym   meet
verb   join                       dobj            050   -
verb   sign declaration           with            057   sym
verb   sign statement             with            057   sym
verb   issue joint declaration    with            057   sym
verb   adopt joint statement      with            057   sym
verb   side                       with            050   -
verb   stand                      with            051   -
verb   stand by                   dobj            051   -
verb   stand up                   for             051   -     stand up for
verb   rally                      behind          051   -     rally behind
verb   throw support              behind          051   -
verb   express support            for             051   -
verb   speak highly               of              051   -
verb   pay tribute                to              051   -
verb   pay homage                 to              051   -
verb   express gratitude          to              051   -
verb   express appreciation       to              051   -
verb   vouch                      for             051   -
verb   normalize relations        with            050   sym
verb   normalize ties             with            050   sym
verb   restore diplomatic relations  with         050   sym
verb   resume diplomatic relations   with         050   sym
verb   improve relations          with            050   sym
verb   strengthen ties            with            050   sym
verb   strengthen relations       with            050   sym
verb   deepen ties                with            050   sym
verb   deepen relations           with            050   sym
verb   upgrade ties               with            050   sym
verb   upgrade relations          with            050   sym
verb   boost ties                 with            050   sym
verb   bolster ties               with            050   sym
verb   cement ties                with            050   sym
verb   reconcile                  with            050   sym
verb   befriend                   dobj            050   -
verb   partner                    with            050   sym
verb   team up                    with            050   sym
verb   join forces                with            050   sym
verb   align                      with            050   -
verb   issue joint statement      with            050   sym
verb   sign joint declaration     with            057   sym
verb   sign joint communique      with            057   sym
verb   grant diplomatic recognition  to           054   -
verb   extend recognition         to              054   -
verb   recognize independence     of              054   -
verb   open embassy               in              054   -
verb   reopen embassy             in              054   -
verb   exchange ambassador        with            054   sym
verb   grant amnesty              to              056   -
verb   veto resolution            against|on      052   -
noun   support                    for|of|to       051   -     support
noun   backing                    for|of          051   -     back
noun   praise                     for             051   -     praise
noun   recognition                of              054   -     recognize
noun   alliance                   with            050   sym   ally
noun   cooperation                with            050   sym   cooperate
noun   partnership                with            050   sym   partner
noun   rapprochement              with            050   sym   reconcile
noun   reconciliation             with            050   sym   reconcile
noun   apology                    to              055   -     apologize
noun   congratulations            to              051   -     congratulate
noun   endorsement                of              051   -     endorse
noun   solidarity                 with            051   -     express solidarity
noun   gratitude                  to              051   -     thank
noun   tribute                    to              051   -     pay tribute
noun   treaty                     with            057   sym   sign treaty
noun   pact                       with            057   sym   sign pact
noun   accord                     with            057   sym   sign accord
noun   agreement                  with            057   sym   sign agreement
noun   deal                       with            057   sym   sign deal
verb   sign deal                  with            057   sym
verb   ink deal                   with            057   sym
verb   ink agreement              with            057   sym
verb   seal deal                  with            057   sym
verb   cut deal                   with            057   sym
noun   memorandum                 with            057   sym   sign memorandum
# --- 06 material cooperation --------------------------------------------
verb   sell                       to|dobj         061   -
verb   sell arms                  to              062   -
verb   sell weapon                to              062   -
verb   ship arms                  to              062   -
verb   ship weapon                to              062   -
verb   supply weapon              to              062   -
verb   supply gas                 to              061   -
verb   supply oil                 to              061   -
verb   sell gas                   to              061   -
verb   sell oil                   to              061   -
verb   do business                with            061   sym
verb   resume trade               with            061   sym
verb   expand trade               with            061   sym
verb   boost trade                with            061   sym
verb   increase trade             with            061   sym
verb   establish trade relations  with            061   sym
verb   cooperate economically     with            061   sym
verb   cooperate militarily       with            062   sym
verb   hold joint exercise        with            062   sym
verb   hold joint military exercise  with         062   sym
verb   conduct joint exercise     with            062   sym
verb   conduct joint military exercise  with      062   sym
verb   stage joint exercise       with            062   sym
verb   hold joint drill           with            062   sym
verb   conduct joint drill        with            062   sym
verb   hold naval exercise        with            062   sym
verb   share intelligence         with            064   sym
verb   exchange intelligence      with            064   sym
verb   provide intelligence       to              064   -
verb   pass intelligence          to              064   -
noun   trade                      with            061   sym   trade
noun   investment                 in              061   -     invest
noun   sale                       to              061   -     sell
noun   export                     to              061   -     export
noun   import                     from            061   -     import
noun   exercise                   with            062   sym   hold joint exercise
noun   drill                      with            062   sym   hold joint drill
# --- 07 provide aid ------------------------------------------------------
verb   send                       to              070   -
verb   deliver                    to              070   -
verb   supply                     to|dobj         070   -
verb   provide                    to|dobj         070   -
verb   provide military aid      to              072   -
verb   provide humanitarian aid  to              073   -
verb   provide financial aid     to              071   -
verb   provide loan              to              071   -
verb   provide weapon            to              072   -
verb   provide arms              to              072   -
verb   airlift aid               to              073   -
verb   lend money                to              071   -
verb   bail out                  dobj            071   -
verb   write off debt            of              071   -
verb   forgive debt              of              071   -
verb   cancel debt               of              071   -
verb   give refuge               to              075   -
verb   grant refuge              to              075   -
verb   give sanctuary            to              075   -
verb   offer sanctuary           to              0333  -
verb   harbor                    dobj            075   -
verb   guarantee security        of              074   -
verb   deploy peacekeeper        to              074   -
verb   send peacekeeper          to              074   -
noun   aid                       to              070   -     provide aid
noun   assistance                to              070   -     assist
noun   loan                      to              071   -     lend
noun   bailout                   of|for          071   -     bail out
# --- 08 yield ------------------------------------------------------------
verb   suspend sanctions         on|against      085   -
verb   waive sanctions           on|against      085   -
verb   remove sanctions          on|against      085   -
verb   lift embargo              on|against      085   -
verb   end embargo               on|against      085   -
verb   ease embargo              on|against      085   -
verb   pull out                  of              0874  -
verb   make concession           to              080   -
verb   observe ceasefire         with            0871  sym
verb   end war                   with            0871  sym
verb   return territory          to              080   -
verb   cede territory            to              080   -
verb   accede                    to              080   -
verb   comply                    with            080   -
verb   accept demand             of              080   -
noun   withdrawal                from            0874  -     withdraw
noun   retreat                   from            0874  -     retreat
noun   surrender                 to              080   -     surrender
noun   concession                to              080   -     make concession
noun   ceasefire                 with            0871  sym   agree to ceasefire
noun   truce                     with            0871  sym   agree to truce
noun   armistice                 with            0871  sym   sign armistice
noun   release                   of              084   -     release
# --- 09 investigate ------------------------------------------------------
verb   surveil                   dobj            090   -
verb   eavesdrop                 on              090   -
verb   wiretap                   dobj            090   -
verb   snoop                     on              090   -
verb   gather intelligence       on              090   -
verb   collect intelligence      on              090   -
verb   conduct surveillance      of|on           090   -
verb   conduct investigation     into|of         090   -
verb   open criminal investigation   into        091   -
verb   launch criminal investigation  into       091   -
noun   investigation             into|of         090   -     investigate
noun   probe                     into            090   -     probe
noun   inquiry                   into            090   -     investigate
noun   surveillance              of              090   -     surveil
noun   espionage                 against         090   -     spy
# --- 10 demand -----------------------------------------------------------
verb   pressurize                dobj            100   -
verb   put pressure              on              100   -
verb   step up pressure          on              100   -
verb   increase pressure         on              100   -
verb   ratchet up pressure       on              100   -
verb   exert pressure            on              100   -
verb   pile pressure             on              100   -
verb   apply pressure            on|to           100   -
verb   keep up pressure          on              100   -
verb   demand apology            from            100   -
verb   demand explanation        from            101   -
verb   demand answer             from            101   -
verb   demand compensation       from            1031  -
verb   demand reparations        from            1031  -
verb   demand release            of              1053  -
verb   demand extradition        of              1013  -
verb   demand resignation        of              1041  -
verb   demand talks              with            106   -
verb   make demand               on|of           100   -
verb   lean                      on              100   -     lean on
noun   pressure                  on              100   -     pressure
# --- 11 disapprove -------------------------------------------------------
noun   critic                     of              111   -     criticize
noun   rival                      of              110   sym   rival
noun   adversary                  of              110   sym   oppose
noun   enemy                      of              110   sym   oppose
noun   opponent                   of              110   -     oppose
verb   speak out                 against         111   -
verb   hit out                   at              111   -
verb   take aim                  at              111   -
verb   lambast                   dobj            111   -
verb   slam                      dobj            111   -
verb   blast                     dobj            111   -
verb   assail                    dobj            111   -
verb   excoriate                 dobj            111   -
verb   vilify                    dobj            111   -
verb   demonize                  dobj            111   -
verb   insult                    dobj            111   -
verb   smear                     dobj            111   -
verb   defame                    dobj            111   -
verb   single out                dobj            111   -
verb   call out                  dobj            111   -
verb   point finger              at              112   -
verb   file suit                 against         115   -
verb   bring case                against         115   -
verb   take legal action         against         115   -
verb   feud                      with            110   sym
verb   spar                      with            110   sym
verb   bicker                    with            110   sym
verb   row                       with            110   sym
verb   fall out                  with            110   sym
verb   trade accusation          with            112   sym
verb   exchange accusation       with            112   sym
verb   trade barb                with            111   sym
verb   exchange barb             with            111   sym
verb   trade insult              with            111   sym
noun   criticism                 of              111   -     criticize
noun   condemnation              of              111   -     condemn
noun   denunciation              of              111   -     denounce
noun   accusation                against         112   -     accuse
noun   allegation                against         112   -     accuse
noun   complaint                 against         114   -     complain
noun   rebuke                    of              111   -     rebuke
noun   censure                   of              111   -     censure
noun   opposition                to              110   -     oppose
noun   dispute                   with            110   sym   dispute
noun   row                       with            110   sym   quarrel
noun   spat                      with            110   sym   quarrel
noun   quarrel                   with            110   sym   quarrel
noun   feud                      with            110   sym   feud
noun   tensions                  with            110   sym   have tensions
noun   lawsuit                   against         115   -     sue
# --- 12 reject -----------------------------------------------------------
verb   reject                    dobj            120   -
verb   turn down                 dobj            120   -
verb   repudiate                 dobj            120   -
verb   disown                    dobj            120   -
verb   ignore                    dobj            120   -
verb   brush off                 dobj            120   -
verb   shrug off                 dobj            120   -
verb   stand up                  to              120   -     stand up to
verb   refuse to meet            dobj|with       125   -
verb   refuse to recognize       dobj            120   -
verb   refuse to negotiate       with            125   -
verb   refuse to talk            to|with         125   -
verb   reject offer              from|of         120   -
verb   reject proposal           from|of         120   -
verb   reject request            from|of         120   -
verb   reject demand             from|of         120   -
verb   turn down offer           from|of         120   -
verb   rebuff offer              from|of         120   -
verb   decline invitation        from|of         125   -
noun   rejection                 of              120   -     reject
noun   defiance                  of              120   -     defy
noun   snub                      of              111   -     snub
# --- 13 threaten ---------------------------------------------------------
verb   give ultimatum            to              139   -
verb   deliver ultimatum         to              139   -
verb   threaten war              with|against    138   -
verb   threaten military action  against         138   -
verb   threaten force            against         138   -
verb   threaten retaliation      against         138   -
verb   threaten sanctions        against|on      1312  -
verb   threaten to attack        dobj            138   -
verb   threaten to invade        dobj            138   -
verb   threaten to bomb          dobj            138   -
verb   threaten to strike        dobj            138   -
verb   threaten to sanction      dobj            1312  -
verb   threaten to cut ties      with            1313  -
verb   threaten to cut aid       to              1311  -
verb   intimidate                dobj            130   -
verb   menace                    dobj            130   -
verb   bully                     dobj            130   -
noun   threat                    to|against      130   -     threaten
noun   ultimatum                 to              139   -     issue ultimatum
noun   warning                   to              130   -     warn
# --- 14 protest ----------------------------------------------------------
verb   rally                     against         141   -
verb   stage protest             against         141   -
verb   hold protest              against         141   -
verb   organize protest          against         141   -
verb   stage demonstration       against         141   -
verb   hold demonstration        against         141   -
verb   stage rally               against         141   -
verb   hold rally                against         141   -
verb   stage march               against         141   -
verb   lodge protest             with|against    140   -
verb   file protest              with|against    140   -
verb   picket                    dobj            141   -
verb   riot                      against         145   -
verb   revolt                    against         145   -
verb   rebel                     against         145   -
verb   rise up                   against         145   -
verb   campaign                  against         140   -
verb   agitate                   against         140   -
verb   chant slogan              against         141   -
verb   burn flag                 of              141   -
noun   protest                   against         140   -     protest
noun   demonstration             against         141   -     demonstrate
noun   rally                     against         141   -     rally
noun   march                     against         141   -     march
noun   revolt                    against         145   -     revolt
noun   uprising                  against         145   -     rise up
noun   rebellion                 against         145   -     rebel
# --- 15 exhibit force posture -------------------------------------------
verb   deploy troop              to|near|along   154   -
verb   mass troop                near|along|on   154   -
verb   amass troop               near|along|on   154   -
verb   concentrate troop         near|along      154   -
verb   position troop            near|along      154   -
verb   build up force            near|along|against  154  -
verb   mobilize troop            against         154   -
verb   mobilize force            against         154   -
verb   station troop             in|near         154   -
verb   deploy missile            near|against    154   -
verb   hold military exercise    near|around     150   -
verb   hold military exercise    with            062   sym
verb   conduct military exercise  near|around    150   -
verb   conduct military exercise  with           062   sym
verb   stage military exercise   near|around     150   -
verb   hold war game             near|around     150   -
verb   stage war game            near|around     150   -
verb   hold military drill       near|around     150   -
verb   conduct drill             near|around     150   -
verb   send warship              to              150   -
verb   deploy warship            to|near         150   -
verb   dispatch warship          to              150   -
verb   deploy aircraft carrier   to|near         150   -
verb   violate airspace          of              150   -
verb   fortify border            with            154   -
verb   militarize border         with            154   -
verb   face off                  with|against    150   sym
noun   buildup                   near|along|against  154  -  build up force
noun   exercise                   near|around     150   -     hold military exercise
noun   drill                      near|around     150   -     hold military drill
noun   mobilization              against         154   -     mobilize
noun   standoff                  with            150   sym   face off
# --- 16 reduce relations -------------------------------------------------
verb   gain independence          from            160   -
verb   declare independence       from            160   -
verb   secede                     from            160   -
verb   sever ties                with            161   sym
verb   sever relations           with            161   sym
verb   sever diplomatic relations  with          161   sym
verb   sever diplomatic ties     with            161   sym
verb   break off relations       with            161   sym
verb   break off diplomatic relations  with      161   sym
verb   break off ties            with            161   sym
verb   break diplomatic relations  with          161   sym
verb   cut off relations         with            161   sym
verb   cut off ties              with            161   sym
verb   downgrade relations       with            161   sym
verb   downgrade ties            with            161   sym
verb   suspend relations         with            161   sym
verb   suspend diplomatic relations  with        161   sym
verb   freeze ties               with            160   sym
verb   expel ambassador          dobj|of|from    161   -
verb   expel diplomat            dobj|of|from    161   -
verb   expel envoy               dobj|of|from    161   -
verb   summon ambassador         of|from         040   -
verb   close embassy             in              161   -
verb   shut embassy              in              161   -
verb   sanction                  dobj            172   -
verb   level sanctions           against|on      163   -
verb   place sanctions           on              163   -
verb   expand sanctions          on|against      163   -
verb   impose embargo            on|against      163   -
verb   impose tariff             on              163   -
verb   slap tariff               on              163   -
verb   raise tariff              on              163   -
verb   impose trade restriction   on             163   -
verb   freeze asset              of              163   -
verb   wage trade war            on|against|with  163   -
verb   launch trade war          against|on      163   -
verb   suspend aid               to              162   -
verb   cut off aid               to              162   -
verb   withhold aid              from|to         162   -
verb   suspend cooperation       with            160   -
verb   halt cooperation          with            160   -
verb   end cooperation           with            160   -
verb   break                     with            160   -     break with
verb   break ranks               with            160   -
verb   turn                      against         160   -     turn against
verb   isolate                   dobj            160   -
verb   cut off                   dobj            160   -
verb   walk out of talks         with            164   -
verb   break off talks           with            164   -
verb   suspend talks             with            164   -
verb   call off talks            with            164   -
verb   pull out of talks         with            164   -
noun   sanctions                 on|against      163   -     sanction
noun   embargo                   on|against      163   -     embargo
noun   boycott                   of              163   -     boycott
noun   tariff                    on              163   -     impose tariff
# --- 17 coerce -----------------------------------------------------------
verb   issue arrest warrant      for             173   -
verb   issue warrant             for             173   -
verb   seize asset               of              1711  -
verb   confiscate asset          of              1711  -
verb   seize territory           from            171   -
verb   coerce                    dobj            170   -
verb   strong-arm                dobj            170   -
verb   browbeat                  dobj            170   -
noun   arrest                    of              173   -     arrest
noun   detention                 of              173   -     detain
noun   imprisonment              of              173   -     imprison
noun   seizure                   of              171   -     seize
noun   annexation                of              171   -     annex
noun   crackdown                 on              175   -     crack down
noun   expulsion                 of|from         174   -     expel
noun   deportation               of              174   -     deport
noun   indictment                of              173   -     indict
noun   prosecution               of              173   -     prosecute
noun   ban                       on              172   -     ban
noun   extradition               of|to           063   -     extradite
# --- 18 assault ----------------------------------------------------------
verb   hack                      dobj            180   -
verb   launch cyberattack        on|against      180   -
verb   carry out cyberattack     on|against      180   -
verb   poison                    dobj            180   -
verb   execute                   dobj            180   -
verb   lynch                     dobj            180   -
verb   beat up                   dobj            180   -
verb   maim                      dobj            182   -
verb   attempt to assassinate    dobj            185   -
verb   try to assassinate        dobj            185   -
verb   topple                    dobj            180   -
verb   depose                    dobj            180   -
noun   assassination             of              186   -     assassinate
noun   kidnapping                of              181   -     kidnap
noun   abduction                 of              181   -     abduct
noun   torture                   of              1822  -     torture
noun   cyberattack               on|against      180   -     launch cyberattack
noun   poisoning                 of              180   -     poison
noun   hacking                   of              180   -     hack
noun   overthrow                 of              180   -     overthrow
# --- 19 fight ------------------------------------------------------------
noun   conflict                   with|between    190   sym   fight
verb   declare war               on|against      190   -
verb   go to war                 with|against    190   sym
verb   wage war                  on|against      190   -
verb   unleash war               on|against      190   -
verb   carry out operation       against         190   -
verb   launch invasion           of              192   -
verb   conduct airstrike         on|against      195   -
verb   fire missile              at|on|into      194   -
verb   fire rocket               at|on|into      194   -
verb   open fire                 on|at           190   -
verb   exchange fire             with            190   sym
verb   trade fire                with            190   sym
verb   conquer                   dobj            192   -
verb   lay siege                 to              191   -
verb   torpedo                   dobj            190   -
verb   strafe                    dobj            195   -
verb   carpet-bomb               dobj            195   -
verb   counterattack             dobj            190   -
verb   outflank                  dobj            190   -
verb   rout                      dobj            190   -
verb   vanquish                  dobj            190   -
verb   drive out                 dobj            190   -
verb   violate ceasefire         with            196   -
verb   break ceasefire           with            196   -
verb   break truce               with            196   -
noun   attack                    on|against      180   -     attack
noun   invasion                  of              192   -     invade
noun   occupation                of              192   -     occupy
noun   war                       with|against    190   sym   wage war
noun   bombing                   of              195   -     bomb
noun   bombardment               of              194   -     bombard
noun   shelling                  of              194   -     shell
noun   airstrike                 on|against      195   -     launch airstrike
noun   offensive                 against         190   -     launch offensive
noun   counteroffensive          against         190   -     launch counteroffensive
noun   counterattack             on|against      190   -     counterattack
noun   raid                      on|against      190   -     raid
noun   incursion                 into            190   -     make incursion
noun   assault                   on|against      190   -     assault
noun   siege                     of              191   -     besiege
noun   blockade                  of|on           191   -     blockade
noun   clash                     with            190   sym   clash
noun   hostilities               with|against    190   sym   fight
noun   battle                    with|against    190   sym   battle
noun   skirmish                  with            190   sym   skirmish
noun   ambush                    of|on           190   -     ambush
noun   conquest                  of              192   -     conquer
# --- 20 unconventional mass violence -----------------------------------
verb   exterminate               dobj            202   -
verb   cleanse                   dobj            203   -     ethnically cleanse
verb   commit genocide           against         202   -
verb   perpetrate genocide       against         202   -
verb   commit massacre           against|of      202   -
verb   carry out massacre        of|against      202   -
verb   commit atrocity           against         202   -
verb   depopulate                dobj            201   -
verb   gas                       dobj            2041  -
verb   use chemical weapon       against|on      2041  -
verb   use biological weapon     against|on      2041  -
verb   launch chemical attack    on|against      2041  -
verb   carry out chemical attack  on|against     2041  -
verb   use nuclear weapon        against|on      2042  -
verb   drop atomic bomb          on              2042  -
verb   drop nuclear bomb         on              2042  -
verb   nuke                      dobj            2042  -
verb   launch nuclear attack     on|against      2042  -
verb   launch nuclear strike     on|against      2042  -
noun   genocide                  against|of      202   -     commit genocide
noun   massacre                  of              202   -     massacre
noun   slaughter                 of              202   -     slaughter
noun   killing                    of              190   -     kill
noun   pogrom                    against         202   -     massacre
noun   extermination             of              202   -     exterminate
noun   cleansing                  of|against      203   -     ethnically cleanse
"""

# Relations that keep their preposition in the label ("call for").
LABEL_WITH_PREP = {
    "appeal to", "plead with", "object to", "call for", "call on",
    "side with", "stand with", "stand by", "turn to", "turn against",
    "rely on", "break with", "stand up to", "lean on", "vouch for",
    "look to", "walk out on", "stand up for", "rally behind",
    "fight alongside", "lean on",
}

# Nouns that make a pattern symmetric: always (bilateral by nature) or with
# a joint verb.
BILATERAL_NOUNS = {"ties", "relations", "relationship"}
JOINT_NOUNS = {
    "talks", "negotiation", "dialogue", "discussion", "consultation",
    "meeting", "summit", "conference", "treaty", "pact", "accord",
    "agreement", "deal", "contract", "memorandum", "protocol", "ceasefire",
    "truce", "armistice", "peace", "alliance", "cooperation",
    "partnership", "friendship", "rapprochement", "reconciliation",
    "exercise", "manoeuvre", "drill", "hostilities", "war",
}
JOINT_VERBS = {
    "hold", "conduct", "resume", "open", "reopen", "begin", "start",
    "launch", "continue", "conclude", "end", "have", "enter", "sign",
    "reach", "strike", "clinch", "ink", "forge", "form", "establish",
    "re-establish", "reestablish", "restore", "normalize", "normalise",
    "renew", "make", "agree", "negotiate", "seal", "finalize", "initial",
    "exchange", "cut", "sever", "break", "freeze", "improve", "mend",
    "strengthen", "deepen", "upgrade", "downgrade", "expand", "boost",
    "warm", "repair", "complete", "wrap up", "trade", "embark on",
    "engage", "reach", "pursue", "kick off", "stage", "carry out",
}

# Spelling pairs (American -> British) applied word by word.
SPELLING = {
    "honor": "honour", "favor": "favour", "defense": "defence",
    "offense": "offence", "program": "programme", "center": "centre",
    "labor": "labour", "harbor": "harbour", "endeavor": "endeavour",
    "rumor": "rumour", "maneuver": "manoeuvre", "dialog": "dialogue",
    "counselor": "counsellor", "traveling": "travelling",
}

# Bare verbs never allowed with a direct object.
FORBIDDEN_BARE = {"say", "be", "have", "do", "make", "get", "go", "come",
                  "take", "will", "would", "can", "could", "shall",
                  "should", "may", "might", "must"}

# CAMEO codebook (version 1.1b3) event codes, to check the output against.
ROOT_NAMES = {
    "01": "make public statement", "02": "appeal",
    "03": "express intent to cooperate", "04": "consult",
    "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation", "07": "provide aid",
    "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove",
    "12": "reject", "13": "threaten", "14": "protest",
    "15": "exhibit force posture", "16": "reduce relations", "17": "coerce",
    "18": "assault", "19": "fight", "20": "use unconventional mass violence",
}

CODEBOOK = set("""
010 011 012 013 014 015 016 017 018 019
020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 024 0241 0242
0243 0244 025 0251 0252 0253 0254 0255 0256 026 027 028
030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342
0343 0344 035 0351 0352 0353 0354 0355 0356 036 037 038 039
040 041 042 043 044 045 046
050 051 052 053 054 055 056 057
060 061 062 063 064
070 071 072 073 074 075
080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834 084 0841 0842
085 086 0861 0862 0863 087 0871 0872 0873 0874
090 091 092 093 094
100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042
1043 1044 105 1051 1052 1053 1054 1055 1056 106 107 108
110 111 112 1121 1122 1123 1124 1125 113 114 115 116
120 121 1211 1212 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124
1241 1242 1243 1244 1245 1246 125 126 127 128 129
130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138
1381 1382 1383 1384 1385 139
140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433
1434 144 1441 1442 1443 1444 145 1451 1452 1453 1454
150 151 152 153 154 155
160 161 162 1621 1622 1623 163 164 165 166 1661 1662 1663
170 171 1711 1712 172 1721 1722 1723 1724 173 174 175 176
180 181 182 1821 1822 1823 183 1831 1832 1833 1834 184 185 186
190 191 192 193 194 195 1951 1952 196
200 201 202 203 204 2041 2042
""".split()) | {"%02d" % r for r in range(1, 21)}

# ---------------------------------------------------------------------------
# Reading the CAMEO verb dictionary
# ---------------------------------------------------------------------------

CODE_RE = re.compile(r"\[([^\]]*)\]")
TOKEN_RE = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")

PARTICLES = {"up", "off", "out", "down", "back", "away", "forward", "aside"}
PREPS = {"with": "with", "to": "to", "against": "against", "on": "on",
         "upon": "on", "from": "from", "for": "for", "of": "of",
         "into": "into", "at": "at", "over": "over", "toward": "toward",
         "towards": "toward", "in": "in", "alongside": "alongside",
         "behind": "behind", "near": "near", "between": "between",
         "around": "around", "along": "along", "about": "about"}


def read_cameo(path):
    """Return (synsets, blocks) of a PETRARCH-2 verb dictionary.

    synsets: {"&NAME": [phrase, ...]} in lower case, "_" read as a space.
    blocks: [{"name", "code", "verbs": [(marked, forms, code)],
    "patterns": [(pattern, code, comment)]}], where "marked" keeps the "+"
    that marks the verb word of a multi-word verb ("+call_off") and forms
    are the irregular forms given in {...}.
    """
    synsets, blocks = {}, []
    cur_set = block = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            s = raw.strip()
            if not s or s.startswith("#") or s.startswith("~"):
                continue
            if s.startswith("---"):
                m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", s)
                if not m:
                    raise ValueError("bad block line: " + s)
                block = {"name": m.group(1).lower(), "code": m.group(2),
                         "verbs": [], "patterns": []}
                blocks.append(block)
                continue
            if block is None:
                if s.startswith("&"):
                    cur_set = s.split()[0]
                    synsets[cur_set] = []
                elif s.startswith("+") and cur_set:
                    word = s[1:].split("#")[0].strip()
                    synsets[cur_set].append(
                        word.rstrip("_").replace("_", " ").lower())
                continue
            body, _, comment = s.partition("#")
            body = body.split(";")[0]
            codes = CODE_RE.findall(body)
            code = codes[-1].strip() if codes else None
            body = CODE_RE.sub(" ", body).strip()
            if s.startswith("-"):
                block["patterns"].append((body[1:].strip(), code,
                                          comment.strip()))
            else:
                forms = re.findall(r"\{([^}]*)\}", body)
                forms = forms[0].split() if forms else []
                word = re.sub(r"\{[^}]*\}", " ", body).split()
                if len(word) != 1:
                    raise ValueError("bad verb line: " + s)
                block["verbs"].append((word[0].lower(),
                                       [w.lower() for w in forms], code))
    return synsets, blocks


def cameo_code(code):
    """"042:043" -> "042" (the code from source to target); None for no
    code, "---" and target-only codes (":054")."""
    if code is None:
        return None
    first = code.split(":")[0].strip()
    if first.startswith("---"):
        return None
    first = re.sub(r"[^0-9]", "", first)
    return first or None


def is_paired(code):
    """True for "046:046": PETRARCH codes the event both ways."""
    if not code or ":" not in code:
        return False
    a, b = (x.strip() for x in code.split(":", 1))
    return a != "" and a == b


def verb_lemma(marked):
    """"+call_off" -> "call off"."""
    return marked.replace("+", "").replace("_", " ").strip()


def inflections(marked):
    """The lemma and regular forms of a (multi-word) verb, "_" as space."""
    words = marked.split("_")
    idx = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    w = words[idx].lstrip("+")
    forms = {w}
    if w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {w + "es", w + "ed", w + "ing"}
    else:
        forms |= {w + "s", w + "ed", w + "ing", w + w[-1] + "ed",
                  w + w[-1] + "ing"}
    out = set()
    for form in forms:
        ws = [x.lstrip("+") for x in words]
        ws[idx] = form
        out.add(" ".join(ws))
    return out


# ---------------------------------------------------------------------------
# Curation table parsing
# ---------------------------------------------------------------------------

def table_rows(text, min_cols, max_cols, name):
    rows = []
    for line in text.splitlines():
        line = line.split("#")[0].rstrip()
        if not line.strip():
            continue
        cols = re.split(r"\s{2,}", line.strip())
        if not min_cols <= len(cols) <= max_cols:
            raise SystemExit("%s: bad line: %r" % (name, line))
        rows.append(cols)
    return rows


def word_list(text):
    out = []
    for line in text.splitlines():
        line = line.split("#")[0]
        out.extend(w.replace("_", " ") for w in line.split())
    return out


def load_nouns():
    nouns = {}
    for cols in table_rows(NOUNS, 3, 4, "NOUNS"):
        noun = cols[0]
        objs = [None if c == "-" else c for c in cols[1:]]
        nouns[noun] = tuple(objs + [objs[0]] * (3 - len(objs)))
    return nouns


def noun_lemma(word, nouns):
    """Lemma of a CAMEO noun if it is a convertible noun, else None."""
    word = NOUN_ALIASES.get(word, word)
    if word in nouns:
        return word
    cands = []
    if word.endswith("ies"):
        cands.append(word[:-3] + "y")
    if word.endswith("es"):
        cands.append(word[:-2])
    if word.endswith("s"):
        cands.append(word[:-1])
    for c in cands:
        c = NOUN_ALIASES.get(c, c)
        if c in nouns:
            return c
    return None


# ---------------------------------------------------------------------------
# Conversion
# ---------------------------------------------------------------------------

class Entry:
    __slots__ = ("kind", "phrase", "obj", "relation", "code", "sym",
                 "origin")

    def __init__(self, kind, phrase, obj, relation, code, sym, origin):
        self.kind, self.phrase, self.obj = kind, phrase, obj
        self.relation, self.code, self.sym = relation, code, sym
        self.origin = origin

    def key(self):
        return (self.kind, self.phrase, self.obj)

    def line(self):
        return "\t".join([self.kind, self.phrase, self.obj, self.relation,
                          self.code, "sym" if self.sym else "-"])


def label(phrase, obj):
    if "|" not in obj and obj != "dobj" and \
            "%s %s" % (phrase, obj) in LABEL_WITH_PREP:
        return "%s %s" % (phrase, obj)
    return phrase


def block_forms(block):
    """{inflected form: lemma} of the verbs of one block."""
    forms = {}
    for marked, irregular, _ in block["verbs"]:
        lemma = verb_lemma(marked)
        for f in inflections(marked) | {verb_lemma(x) for x in irregular}:
            forms.setdefault(f, lemma)
    return forms


def bare_verbs(blocks):
    """CAMEO's coded bare verbs: {lemma: (code, paired)} (first wins)."""
    verbs = {}
    for block in blocks:
        for marked, _, own in block["verbs"]:
            raw = own if own is not None else block["code"]
            code = cameo_code(raw)
            if code is None:
                continue
            verbs.setdefault(verb_lemma(marked), (code, is_paired(raw)))
    return verbs


def expand_noun(token, synsets):
    """A pattern noun token -> list of word lists (synsets expanded)."""
    if token.startswith("{"):
        parts = token[1:-1].split()
    else:
        parts = [token]
    alts = [[]]
    for p in parts:
        if p.startswith("&"):
            members = synsets.get(p.rstrip("_"), synsets.get(p))
            if members is None:
                return []
            choices = [m.split() for m in members]
        else:
            choices = [[p.lower().replace("_", " ").strip()]]
        alts = [a + c for a in alts for c in choices]
    return alts


def parse_pattern(pat):
    """Split a pattern after "*": (particle, prep-before-noun, noun token,
    object) or None if the pattern has another shape."""
    toks = TOKEN_RE.findall(pat)
    if toks and toks[0] == "$":
        toks = toks[1:]
    if not toks or toks[0] != "*":
        return None
    rest = [t for t in toks[1:]
            if not (t.startswith("(") and
                    t[1:-1].split()[-1:] in (["^"], ["$"]))]
    particle = nprep = noun = obj = None
    i = 0
    if rest and rest[0].lower() in PARTICLES:
        particle = rest[0].lower()
        i = 1
    while i < len(rest):
        t = rest[i]
        low = t.lower()
        if t == "+":
            if obj is not None:
                return None
            obj = "dobj"
        elif t.startswith("("):
            inner = t[1:-1].split()
            if not inner or inner[0].lower() not in PREPS:
                return None
            p = PREPS[inner[0].lower()]
            args = inner[1:]
            if args in ([], ["+"]):
                if obj is not None:
                    return None
                obj = p
            elif noun is None and nprep is None and obj is None:
                nprep, noun = p, " ".join(args)
                if len(args) > 1:
                    noun = "{" + noun + "}"
            else:
                return None
        elif low in PREPS and (i + 1 == len(rest) or rest[i + 1] == "+"):
            if obj is not None:
                return None
            obj = PREPS[low]
            if i + 1 < len(rest):
                i += 1
        elif t in ("$", "^", "%") or "*" in t:
            return None
        else:
            if noun is not None or nprep is not None or obj is not None:
                return None
            noun = t
        i += 1
    return particle, nprep, noun, obj


def comment_verbs(comment, forms, block):
    """Verb lemmas a pattern comment names (the verb the pattern was
    written for), else the block's own verb."""
    out = []
    for tok in re.split(r"[^A-Za-z_\-]+", comment):
        f = tok.lower().replace("_", " ")
        if f in forms and forms[f] not in out:
            out.append(forms[f])
    if not out and block["name"].replace("_", " ") in forms:
        out.append(forms[block["name"].replace("_", " ")])
    return out


def convert_patterns(synsets, blocks, nouns, stats):
    pverbs = set(word_list(PATTERN_VERBS))
    cands = collections.OrderedDict()
    for block in blocks:
        forms = block_forms(block)
        for pat, raw, comment in block["patterns"]:
            code = cameo_code(raw)
            if code is None:
                stats["pattern without forward code"] += 1
                continue
            shape = parse_pattern(pat)
            if shape is None:
                stats["pattern of another shape"] += 1
                continue
            particle, nprep, noun, obj = shape
            verbs = comment_verbs(comment, forms, block)
            if not verbs:
                stats["pattern without verb"] += 1
                continue
            if noun is None:
                if obj is None:
                    stats["pattern without object"] += 1
                    continue
                alts = [None]
            else:
                alts = []
                for words in expand_noun(noun, synsets):
                    if not words:
                        continue
                    for n in range(len(words), 0, -1):
                        tail = " ".join(words[-n:])
                        if tail in NOUN_ALIASES and " " in tail:
                            words = words[:-n] + [NOUN_ALIASES[tail]]
                            break
                    lemma = noun_lemma(words[-1], nouns)
                    if lemma is None or not all(
                            w in MODIFIERS for w in words[:-1]):
                        continue
                    alts.append(words[:-1] + [lemma])
                if not alts:
                    stats["pattern with other noun"] += 1
                    continue
            for verb in verbs:
                vkey = verb + (" " + particle if particle else "")
                if vkey not in pverbs:
                    stats["pattern verb not converted"] += 1
                    continue
                if nprep and not (nprep in ("for", "in", "into", "from") or
                                  (nprep == "of" and particle == "out") or
                                  (nprep == "to" and verb == "agree")):
                    stats["pattern with other preposition"] += 1
                    continue
                for nwords in alts:
                    o = obj
                    if nwords is not None and o is None:
                        give, ask, force = nouns[nwords[-1]]
                        if code[:2] in ("02", "10") or verb in ASK_VERBS:
                            o = ask
                        elif code[:2] in ("18", "19", "20"):
                            o = force
                        else:
                            o = give
                        if vkey in FROM_VERBS and not nprep:
                            o = "from"
                        if o is None:
                            stats["noun without object"] += 1
                            continue
                    words = [verb]
                    if particle:
                        words.append(particle)
                    if nwords and not nprep and (verb in FOR_VERBS or (
                            verb == "call" and code[:2] in ("02", "10"))):
                        words.append("for")
                    elif nprep:
                        words.append(nprep)
                    if nwords:
                        words.extend(nwords)
                    phrase = " ".join(words)
                    key = ("verb", phrase, o)
                    c = cands.setdefault(key, {
                        "codes": collections.Counter(), "paired": False,
                        "noun": nwords[-1] if nwords else None,
                        "verb": verb})
                    c["codes"][code] += 1
                    c["paired"] |= is_paired(raw)
    out = []
    for (kind, phrase, o), c in cands.items():
        code = c["codes"].most_common(1)[0][0]
        noun = c["noun"]
        sym = (noun in BILATERAL_NOUNS or
               (noun in JOINT_NOUNS and c["verb"] in JOINT_VERBS) or
               (c["paired"] and o in ("with", "dobj|with")))
        out.append(Entry(kind, phrase, o, label(phrase, o), code, sym,
                         "pattern"))
    return out


NOT_IZE = {"seize", "size", "capsize", "prize", "baize", "maize"}


def british(word):
    """American -> British spelling of one word (SPELLING, -ize, -yze)."""
    if word in SPELLING:
        return SPELLING[word]
    if word not in NOT_IZE:
        for am, br in (("ize", "ise"), ("izes", "ises"),
                       ("ization", "isation"), ("izations", "isations"),
                       ("yze", "yse")):
            if word.endswith(am) and len(word) > len(am) + 2:
                return word[:-len(am)] + br
    return word


def spelled(phrase):
    return " ".join(british(w) for w in phrase.split())


def build(path):
    synsets, blocks = read_cameo(path)
    nouns = load_nouns()
    errors = []
    stats = collections.Counter()

    # Step 1: bare verbs.
    cameo = bare_verbs(blocks)
    keep_rows = table_rows(CAMEO_VERBS, 4, 5, "CAMEO_VERBS")
    keep = collections.defaultdict(list)
    for cols in keep_rows:
        keep[cols[0]].append(cols)
    drop = set(word_list(DROP_CAMEO_VERBS))
    for lemma in sorted(cameo):
        if lemma not in keep and lemma not in drop:
            errors.append("CAMEO verb not reviewed (add it to CAMEO_VERBS "
                          "or DROP_CAMEO_VERBS): %r" % lemma)
    for lemma in sorted(set(keep) | drop):
        if lemma not in cameo:
            errors.append("curated verb is not a coded CAMEO verb: %r" % lemma)
    for lemma in sorted(set(keep) & drop):
        errors.append("verb both kept and dropped: %r" % lemma)
    entries = []
    for lemma, rows in keep.items():
        for cols in rows:
            obj, code, sym = cols[1], cols[2], cols[3]
            if code == "=":
                code = cameo.get(lemma, (None,))[0] or "??"
            rel = cols[4] if len(cols) > 4 else label(lemma, obj)
            entries.append(Entry("verb", lemma, obj, rel, code,
                                 sym == "sym", "cameo verb"))

    # Step 2: patterns.
    pats = convert_patterns(synsets, blocks, nouns, stats)
    drops = table_rows(DROP_PATTERNS, 1, 2, "DROP_PATTERNS")
    used = set()
    kept_pats = []
    for e in pats:
        hit = None
        for i, cols in enumerate(drops):
            if cols[0] == e.phrase and (len(cols) == 1 or cols[1] == e.obj):
                hit = i
                break
        if hit is None:
            kept_pats.append(e)
        else:
            used.add(hit)
    for i, cols in enumerate(drops):
        if i not in used:
            errors.append("DROP_PATTERNS line matches nothing: %r"
                          % "  ".join(cols))
    bare_keys = {e.key() for e in entries}
    for e in kept_pats:
        if e.key() not in bare_keys:
            entries.append(e)

    # Step 3: manual entries replace what steps 1-2 made for the phrase.
    manual = []
    for cols in table_rows(MANUAL, 5, 6, "MANUAL"):
        kind, phrase, obj, code, sym = cols[:5]
        if len(cols) > 5:
            rel = cols[5]
        elif kind == "verb":
            rel = label(phrase, obj)
        else:
            errors.append("MANUAL noun without relation: %r" % phrase)
            rel = phrase
        manual.append(Entry(kind, phrase, obj, rel, code, sym == "sym",
                            "manual"))
    replaced = {(e.kind, e.phrase) for e in manual}
    entries = [e for e in entries if (e.kind, e.phrase) not in replaced]
    seen = {}
    for e in manual:
        if e.key() in seen:
            errors.append("MANUAL duplicate: %s %r %s" % e.key())
        seen[e.key()] = e
    entries.extend(manual)

    # Step 4: spelling variants (American -> British, and British -> American
    # for an -ise word whose -ize form the lexicon already uses).
    have = {e.key() for e in entries}
    vocab = {w for e in entries for w in e.phrase.split()}
    american = {w: w[:-3] + "ize" for w in vocab
                if w.endswith("ise") and w[:-3] + "ize" in vocab}
    for e in list(entries):
        alt = " ".join(american.get(w, w) for w in e.phrase.split())
        if alt != e.phrase and (e.kind, alt, e.obj) not in have:
            have.add((e.kind, alt, e.obj))
            rel = " ".join(american.get(w, w) for w in e.relation.split())
            entries.append(Entry(e.kind, alt, e.obj, rel, e.code, e.sym,
                                 e.origin + " (spelling)"))
    for e in list(entries):
        alt = spelled(e.phrase)
        if alt != e.phrase:
            key = (e.kind, alt, e.obj)
            if key not in have:
                have.add(key)
                rel = spelled(e.relation)
                entries.append(Entry(e.kind, alt, e.obj, rel, e.code, e.sym,
                                     e.origin + " (spelling)"))

    # Synonyms: a verb phrase about "relations" also holds for "ties" and
    # "relationship" ("improve relations" / "improved ties" / "improved the
    # relationship"); the relation label stays the entry's.
    synonyms = ("relations", "ties", "relationship")
    for e in list(entries):
        if e.kind != "verb":
            continue
        words = e.phrase.split()
        for w in synonyms:
            if w not in words:
                continue
            for other in synonyms:
                alt = " ".join(other if x == w else x for x in words)
                key = (e.kind, alt, e.obj)
                if alt != e.phrase and key not in have:
                    have.add(key)
                    entries.append(Entry(e.kind, alt, e.obj, e.relation,
                                         e.code, e.sym,
                                         e.origin + " (synonym)"))

    # Step 5: where kg's annotation guideline codes an event differently
    # from the CAMEO dictionary (sanctions are coercion, 17; restoring or
    # normalizing relations is yielding, 08), the guideline's code wins.
    for e in entries:
        words = e.phrase.split()
        if "sanctions" in words and words[0] in GUIDELINE_SANCTION_VERBS:
            e.code = "172"
        if e.kind == "noun" and e.phrase == "sanctions":
            e.code = "172"
        if (words[0] in GUIDELINE_RESTORE_VERBS and e.kind == "verb" and
                any(w in ("relations", "ties", "relationship") for w in words)):
            e.code = "080"
        # Signing or concluding any agreement is diplomatic cooperation (05),
        # whatever it is about; agreeing to a truce is yielding (08); calling
        # for anything is an appeal (02).
        if (e.kind == "verb" and
                words[0] in ("sign", "conclude", "ink", "announce") and
                words[-1] in GUIDELINE_AGREEMENTS):
            e.code = "057"
        if (e.kind == "verb" and words[:2] == ["agree", "to"] and
                words[-1] in ("truce", "ceasefire", "armistice")):
            e.code = "0871"
        if e.kind == "verb" and words[:2] == ["call", "for"]:
            e.code = "020"

    # Duplicates (same kind, phrase, object) keep the first.
    final, seen = [], set()
    for e in entries:
        if e.key() in seen:
            continue
        seen.add(e.key())
        final.append(e)
    final.sort(key=lambda e: (e.kind != "verb", e.code, e.phrase, e.obj))
    return final, errors, stats


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------

# Step 5's words: these verbs with "sanctions" impose them; these with
# relations restore them; these nouns are agreements one signs.
GUIDELINE_SANCTION_VERBS = {"impose", "slap", "level", "place", "announce",
                            "expand", "extend", "strengthen", "agree"}
GUIDELINE_AGREEMENTS = {"agreement", "accord", "pact", "treaty", "deal",
                        "contract", "memorandum", "protocol", "declaration",
                        "communique", "statement", "convention"}
GUIDELINE_RESTORE_VERBS = {"normalize", "normalise", "restore", "resume",
                           "reestablish", "re-establish"}

# The nouns that state words describe ("relations ... soured").
STATE_NOUNS = {"relations", "relationship", "ties", "tensions", "tension"}

PHRASE_RE = re.compile(r"^[a-z][a-z'-]*( [a-z][a-z'-]*)*$")
OBJ_RE = re.compile(r"^(dobj|[a-z]+)(\|(dobj|[a-z]+))*$")


def check(entries, errors):
    keys = set()
    roots = collections.Counter()
    for e in entries:
        where = "%s %r %s" % (e.kind, e.phrase, e.obj)
        if e.kind not in ("verb", "noun", "state"):
            errors.append("bad kind: " + where)
        if not PHRASE_RE.match(e.phrase):
            errors.append("bad phrase: " + where)
        if not PHRASE_RE.match(e.relation):
            errors.append("bad relation: " + where)
        if not OBJ_RE.match(e.obj):
            errors.append("bad object: " + where)
        objs = e.obj.split("|")
        if len(set(objs)) != len(objs):
            errors.append("repeated object: " + where)
        for o in objs:
            if e.kind == "state":
                if o not in STATE_NOUNS:
                    errors.append("unknown state noun %r: %s" % (o, where))
            elif o != "dobj" and o not in PREPS.values():
                errors.append("unknown preposition %r: %s" % (o, where))
        if e.kind == "noun" and "dobj" in objs:
            errors.append("noun with dobj: " + where)
        if e.kind == "noun" and " " in e.phrase:
            errors.append("a noun entry is one word: " + where)
        if not re.match(r"^\d{2,4}$", e.code) or e.code not in CODEBOOK:
            errors.append("code %r not in the CAMEO codebook: %s"
                          % (e.code, where))
        elif not 1 <= int(e.code[:2]) <= 20:
            errors.append("bad root: " + where)
        if e.kind == "verb" and e.phrase in FORBIDDEN_BARE and \
                "dobj" in objs:
            errors.append("forbidden bare verb: " + where)
        last = e.relation.split()[-1]
        if last in PREPS and e.relation not in LABEL_WITH_PREP and \
                e.kind == "verb" and not e.phrase.endswith(" " + last):
            errors.append("preposition in label: " + where)
        if e.key() in keys:
            errors.append("duplicate: " + where)
        keys.add(e.key())
        roots[e.code[:2]] += 1
    if len(entries) < MIN_TOTAL:
        errors.append("only %d entries (need %d)" % (len(entries), MIN_TOTAL))
    for r in range(1, 21):
        root = "%02d" % r
        if roots[root] < MIN_PER_ROOT:
            errors.append("root %s has %d entries (need %d)"
                          % (root, roots[root], MIN_PER_ROOT))
    return roots


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    source = argv[1] if len(argv) > 1 else DEFAULT_SOURCE
    output = argv[2] if len(argv) > 2 else os.path.join(here, "events.tsv")
    try:
        entries, errors, stats = build(source)
    except (OSError, ValueError) as e:
        print("make_events.py: %s: %s" % (source, e), file=sys.stderr)
        return 1
    roots = check(entries, errors)
    text = HEADER + "".join(e.line() + "\n" for e in entries)
    # Re-read what is written: 6 columns, the header credits the source.
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            continue
        if len(line.split("\t")) != 6:
            errors.append("line %d has not 6 columns" % n)
    if "commit 676801cd" not in text or "make_events.py" not in text:
        errors.append("header does not credit the source")
    kinds = collections.Counter(e.kind for e in entries)
    summary = ["  total  %d entries (%d verb, %d noun)"
               % (len(entries), kinds["verb"], kinds["noun"])]
    for r in range(1, 21):
        root = "%02d" % r
        summary.append("  root %s  %-32s %4d" % (root, ROOT_NAMES[root],
                                                  roots[root]))
    if "\n".join(summary) not in (__doc__ or ""):
        errors.append("the summary in the docstring is out of date; it "
                      "should read:\n" + "\n".join(summary))
    if errors:
        for e in errors:
            print("make_events.py: " + e, file=sys.stderr)
        print("make_events.py: %d error(s); %s not written"
              % (len(errors), output), file=sys.stderr)
        if os.environ.get("MAKE_EVENTS_DEBUG"):
            with open(output + ".debug", "w", encoding="utf-8") as f:
                f.write(text)
        return 1
    tmp = output + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, output)
    print("wrote %s" % output)
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
