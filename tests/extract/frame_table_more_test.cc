// More tables of the diplomacy pack's cascade, one per frame (the "frames"
// of rules/diplomacy/pack.json), in the style of frame_table_test.cc:
// compound, compound-state, relations-between, state-relations-between,
// relations-possessive, relations-possessive-after, pair-state,
// fronted-participle and shared-subject-infinitive. Each row is an invented
// sentence (or two, for a pair phrase and its antecedent) with every triple
// the extractor writes for it, in order, shown as "Subject
// relation(category) Object [frame]". The frame is Triple::rule up to its
// '/'; a whole-sentence rule's triple shows the rule's id. Each table also
// holds sentences that must give nothing from its construction: a negation
// or a modal (flagged triples are dropped by default), a word outside the
// event lexicon, a thing where the construction wants an actor.
#include "tests/extract/frame_table.h"

namespace kg::extract {

using frame_table::CheckTable;

// The X-Y NOUN: the Eritrean-Ethiopian war, the France-Germany summit.
TEST_CASE("Frame table: compound") {
  CheckTable({
      {"The Chilean-Peruvian war began in 1879.",
       {"Chile wage war(19) Peru [compound]"}},
      {"The France-Germany summit was held in 2019.",
       {"France meet(04) Germany [compound]"}},
      {"The Eritrean-Ethiopian war ended in 2000.",
       {"Eritrea wage war(19) Ethiopia [compound]"}},
      {"The India-Pakistan talks resumed in 2004.",
       {"India hold talks(04) Pakistan [compound]"}},
      {"The Egypt-Israel peace treaty was signed in 1979.",
       {"Egypt sign treaty(05) Israel [compound]"}},
      {"The Greek-Turkish dialogue resumed in 2016.",
       {"Greece hold dialogue(04) Turkey [compound]"}},
      {"The Kenya-Uganda agreement was signed in 2011.",
       {"Kenya sign agreement(05) Uganda [compound]"}},
      {"The Serbia-Kosovo negotiations stalled in 2013.",
       {"Serbia negotiate(04) Kosovo [compound]"}},
      {"The Colombian-Venezuelan dispute flared in 2008.",
       {"Colombia dispute(11) Venezuela [compound]"}},
      {"The Brazil-Argentina alliance was formed in 1991.",
       {"Brazil ally(05) Argentina [compound]"}},
      {"The Armenia-Azerbaijan clashes erupted in 2020.",
       {"Armenia clash(19) Azerbaijan [compound]"}},
      // A noun between the pair and the event noun.
      {"The Vietnam-Cambodia border war began in 1978.",
       {"Vietnam wage war(19) Cambodia [compound]"}},
      {"The Thai-Cambodian skirmishes resumed in 2011.",
       {"Thailand skirmish(19) Cambodia [compound]"}},
      {"The Canada-Mexico partnership grew in 2018.",
       {"Canada partner(05) Mexico [compound]"}},
      {"The Egyptian-Sudanese consultations began in 2016.",
       {"Egypt consult(04) Sudan [compound]"}},
      {"The Sudan-South Sudan clashes erupted in 2012.",
       {"Sudan clash(19) South Sudan [compound]"}},
      // Surnames name persons.
      {"The Biden-Xi meeting was held in 2023.",
       {"Joe Biden meet(04) Xi Jinping [compound]"}},
      {"The Reagan-Gorbachev summit opened in Reykjavik in 1986.",
       {"Ronald Reagan meet(04) Mikhail Gorbachev [compound]"}},
      // Nothing: a negation.
      {"The Chile-Peru talks did not resume in 2010.", {}},
      // Nothing: a modal.
      {"The France-Germany summit could take place in 2025.", {}},
      // Nothing: cancelled, a negation.
      {"The Iran-Iraq meeting was cancelled in 1985.", {}},
      // Nothing: no event noun.
      {"The Chile-Peru border was closed in 2020.", {}},
      // Nothing: no event noun.
      {"The France-Germany match was played in 2006.", {}},
      // Nothing: not actors.
      {"The labor-management talks stalled in 2010.", {}},
  });
}

// X-Y relations [improved]: a state word after the pair's relations.
TEST_CASE("Frame table: compound-state") {
  CheckTable({
      {"Chile-Peru relations improved in 2010.",
       {"Chile improve relations(05) Peru [compound-state]"}},
      {"India-Pakistan relations soured in 2019.",
       {"India sour relations(16) Pakistan [compound-state]"}},
      {"US-China relations deteriorated in 2018.",
       {"United States deteriorate relations(16) China [compound-state]"}},
      {"Greek-Turkish relations thawed in 1999.",
       {"Greece thaw relations(05) Turkey [compound-state]"}},
      {"Japan-South Korea ties worsened in 2019.",
       {"Japan worsen relations(16) South Korea [compound-state]"}},
      {"Brazil-Argentina ties deepened in 1991.",
       {"Brazil deepen relations(05) Argentina [compound-state]"}},
      {"Ethiopia-Eritrea relations were normalized in 2018.",
       {"Ethiopia restore relations(08) Eritrea [compound-state]"}},
      {"Egyptian-Israeli relations cooled in 2012.",
       {"Egypt cool relations(16) Israel [compound-state]"}},
      {"Cuba-US relations were restored in 2015.",
       {"Cuba restore relations(08) United States [compound-state]"}},
      {"Russia-Georgia relations collapsed in 2008.",
       {"Russia deteriorate relations(16) Georgia [compound-state]"}},
      {"Kenyan-Somali relations have been strained since 2019.",
       {"Kenya have poor relations(16) Somalia [compound-state]"}},
      {"Sino-Indian ties deteriorated in 1962.",
       {"China deteriorate relations(16) India [compound-state]"}},
      {"Canada-India relations sank to a new low in 2023.",
       {"Canada deteriorate relations(16) India [compound-state]"}},
      {"Poland-Lithuania relations flourished in 1994.",
       {"Poland flourish relations(05) Lithuania [compound-state]"}},
      {"Serbia-Croatia relations remained tense in 2015.",
       {"Serbia have poor relations(16) Croatia [compound-state]"}},
      {"Kenya-Tanzania ties strengthened in 2022.",
       {"Kenya strengthen relations(05) Tanzania [compound-state]"}},
      {"Iranian-Saudi ties were resumed in 2023.",
       {"Iran restore relations(08) Saudi Arabia [compound-state]"}},
      {"The Spain-Morocco relationship recovered in 2022.",
       {"Spain improve relations(05) Morocco [compound-state]"}},
      // Surnames name persons.
      {"Biden-Netanyahu relations soured in 2024.",
       {"Joe Biden sour relations(16) Benjamin Netanyahu [compound-state]"}},
      {"The Trump-Macron relationship cooled in 2018.",
       {"Donald Trump cool relations(16) Emmanuel Macron [compound-state]"}},
      // Nothing: a negation.
      {"Ghana-Nigeria relations did not improve in 2019.", {}},
      // Nothing: a modal.
      {"Chile-Peru relations could improve in 2025.", {}},
      // Nothing: a modal.
      {"Norway-Sweden relations may worsen in 2030.", {}},
      // Nothing: no state word.
      {"Chile-Peru relations were discussed in 2010.", {}},
      // Nothing: no state word.
      {"Chile-Peru relations date back to 1821.", {}},
      // Nothing: not actors.
      {"Labor-management relations improved in 2010.", {}},
  });
}

// Relations between X and Y [improved, were strained, turned sour].
TEST_CASE("Frame table: relations-between") {
  CheckTable({
      {"Relations between Chile and Peru soured in 2005.",
       {"Chile sour relations(16) Peru [relations-between]"}},
      {"Relations between Kenya and Uganda were strained in 2012.",
       {"Kenya have poor relations(16) Uganda [relations-between]"}},
      {"Relations between India and China deteriorated after 1959.",
       {"India deteriorate relations(16) China [relations-between]"}},
      {"Ties between Greece and Turkey improved in 1999.",
       {"Greece improve relations(05) Turkey [relations-between]"}},
      {"The relationship between Japan and South Korea worsened in 2019.",
       {"Japan worsen relations(16) South Korea [relations-between]"}},
      {"Relations between Cuba and the United States were restored in 2015.",
       {"Cuba restore relations(08) United States [relations-between]"}},
      {"Relations between Ethiopia and Eritrea were normalized in 2018.",
       {"Ethiopia restore relations(08) Eritrea [relations-between]"}},
      {"Relations between Egypt and Qatar thawed in 2021.",
       {"Egypt thaw relations(05) Qatar [relations-between]"}},
      {"Relations between Colombia and Venezuela plunged in 2008.",
       {"Colombia deteriorate relations(16) Venezuela [relations-between]"}},
      {"Ties between Poland and Lithuania deepened in 1994.",
       {"Poland deepen relations(05) Lithuania [relations-between]"}},
      {"Relations between Morocco and Algeria remained tense in 2021.",
       {"Morocco have poor relations(16) Algeria [relations-between]"}},
      {"Relations between Russia and Georgia collapsed in 2008.",
       {"Russia deteriorate relations(16) Georgia [relations-between]"}},
      {"Relations between Canada and India sank in 2023.",
       {"Canada deteriorate relations(16) India [relations-between]"}},
      {"The ties between Serbia and Croatia have been frosty since 1995.",
       {"Serbia have poor relations(16) Croatia [relations-between]"}},
      {"Relations between Brazil and Paraguay turned sour in 2009.",
       {"Brazil sour relations(16) Paraguay [relations-between]"}},
      {"Relations between Iraq and Kuwait turned hostile in 1990.",
       {"Iraq have poor relations(16) Kuwait [relations-between]"}},
      {"Relations between Iran and Saudi Arabia were resumed in 2023.",
       {"Iran restore relations(08) Saudi Arabia [relations-between]"}},
      {"Relations between President Joe Biden and Prime Minister Benjamin "
       "Netanyahu cooled in 2024.",
       {"Joe Biden cool relations(16) Benjamin Netanyahu "
        "[relations-between]"}},
      // Three actors, three pairs.
      {"Relations among Chile, Peru and Bolivia soured in 1879.",
       {"Chile sour relations(16) Peru [relations-between]",
        "Chile sour relations(16) Bolivia [relations-between]",
        "Peru sour relations(16) Bolivia [relations-between]"}},
      // Nothing: a negation.
      {"Relations between Ghana and Togo did not improve in 2019.", {}},
      // Nothing: a modal.
      {"Relations between Chile and Bolivia could improve in 2025.", {}},
      // Nothing: a modal.
      {"Relations between Vietnam and Cambodia might worsen in 2030.", {}},
      // Nothing: no state word.
      {"Relations between Norway and Sweden were discussed in 2010.", {}},
      // Nothing: no state word.
      {"Relations between Spain and Portugal date back to 1143.", {}},
      // Nothing: not actors.
      {"Relations between the workers and the bosses soured in 2005.", {}},
  });
}

// Strained relations between X and Y: the state word before the noun.
TEST_CASE("Frame table: state-relations-between") {
  CheckTable({
      {"Strained relations between Iran and Iraq persisted in 1985.",
       {"Iran have poor relations(16) Iraq [state-relations-between]"}},
      {"Improved relations between Chile and Argentina helped trade in 1990.",
       {"Chile improve relations(05) Argentina [state-relations-between]"}},
      {"Cordial relations between Kenya and Tanzania lasted until 2005.",
       {"Kenya have good relations(05) Tanzania [state-relations-between]"}},
      {"Tense relations between Serbia and Kosovo continued in 2023.",
       {"Serbia have poor relations(16) Kosovo [state-relations-between]"}},
      {"Poor relations between Egypt and Turkey hurt trade in 2014.",
       {"Egypt have poor relations(16) Turkey [state-relations-between]"}},
      {"Close ties between France and Germany shaped Europe after 1963.",
       {"France have good relations(05) Germany [state-relations-between]"}},
      {"Hostile relations between Eritrea and Ethiopia lasted until 2018.",
       {"Eritrea have poor relations(16) Ethiopia [state-relations-between]"}},
      {"Deteriorating relations between Russia and Ukraine alarmed Europe in "
       "2014.",
       {"Russia deteriorate relations(16) Ukraine "
        "[state-relations-between]"}},
      {"Frosty relations between Venezuela and Colombia persisted in 2019.",
       {"Venezuela have poor relations(16) Colombia "
        "[state-relations-between]"}},
      {"Icy relations between Algeria and Morocco continued in 2021.",
       {"Algeria have poor relations(16) Morocco [state-relations-between]"}},
      {"Improving ties between Saudi Arabia and Israel surprised analysts in "
       "2023.",
       {"Saudi Arabia improve relations(05) Israel "
        "[state-relations-between]"}},
      {"Bitter relations between Greece and North Macedonia ended in 2018.",
       {"Greece have poor relations(16) North Macedonia "
        "[state-relations-between]"}},
      {"Cold relations between Chile and Bolivia persisted in 1978.",
       {"Chile have poor relations(16) Bolivia [state-relations-between]"}},
      {"Strong ties between Australia and New Zealand persisted in 2010.",
       {"Australia have good relations(05) New Zealand "
        "[state-relations-between]"}},
      {"Amicable relations between Portugal and Brazil persisted in 1990.",
       {"Portugal have good relations(05) Brazil [state-relations-between]"}},
      {"Cordial relations between Chancellor Angela Merkel and President "
       "Barack Obama lasted until 2017.",
       {"Angela Merkel have good relations(05) Barack Obama "
        "[state-relations-between]"}},
      // The modal and the negation belong to the main verb: the strained
      // relations are real.
      {"Strained relations between Chile and Peru could hurt trade in 2025.",
       {"Chile have poor relations(16) Peru [state-relations-between]"}},
      {"Strained relations between Chile and Peru never hurt trade.",
       {"Chile have poor relations(16) Peru [state-relations-between]"}},
      // Three actors, three pairs.
      {"Tense relations between Sudan, South Sudan and Ethiopia persisted in "
       "2013.",
       {"Sudan have poor relations(16) South Sudan [state-relations-between]",
        "Sudan have poor relations(16) Ethiopia [state-relations-between]",
        "South Sudan have poor relations(16) Ethiopia "
        "[state-relations-between]"}},
      // Nothing: no state word.
      {"Long relations between Spain and Portugal date back to 1143.", {}},
      // Nothing: no state word.
      {"Historic relations between Poland and Lithuania go back centuries.",
       {}},
      // Nothing: not actors.
      {"Cordial relations between the two companies lasted until 2005.", {}},
      // Nothing: not actors.
      {"Tense relations between the miners and the police persisted in 1984.",
       {}},
  });
}

// X's strained relations with Y: the state word between the possessive and
// the noun.
TEST_CASE("Frame table: relations-possessive") {
  CheckTable({
      {"Japan's strained relations with China worsened in 2012.",
       {"Japan have poor relations(16) China [relations-possessive]"}},
      {"Kenya's cordial relations with Tanzania helped trade in 2005.",
       {"Kenya have good relations(05) Tanzania [relations-possessive]"}},
      {"Turkey's tense relations with Greece persisted in 1996.",
       {"Turkey have poor relations(16) Greece [relations-possessive]"}},
      {"Venezuela's hostile relations with Colombia lasted until 2010.",
       {"Venezuela have poor relations(16) Colombia [relations-possessive]"}},
      {"Egypt's improved relations with Qatar were welcomed in 2021.",
       {"Egypt improve relations(05) Qatar [relations-possessive]"}},
      {"India's deteriorating relations with Canada alarmed observers in "
       "2023.",
       {"India deteriorate relations(16) Canada [relations-possessive]"}},
      {"Morocco's icy relations with Algeria persisted in 2021.",
       {"Morocco have poor relations(16) Algeria [relations-possessive]"}},
      {"Chile's good relations with Argentina marked the 1990s.",
       {"Chile have good relations(05) Argentina [relations-possessive]"}},
      {"Norway's frosty relations with Russia persisted in 2015.",
       {"Norway have poor relations(16) Russia [relations-possessive]"}},
      {"Australia's poor relations with China hurt exports in 2020.",
       {"Australia have poor relations(16) China [relations-possessive]"}},
      {"Serbia's troubled ties with Kosovo dominated the news in 2023.",
       {"Serbia have poor relations(16) Kosovo [relations-possessive]"}},
      {"Ghana's excellent relations with Nigeria continued in 2019.",
       {"Ghana have good relations(05) Nigeria [relations-possessive]"}},
      {"Ireland's strong ties with the United States date back to 1776.",
       {"Ireland have good relations(05) United States "
        "[relations-possessive]"}},
      {"Vietnam's bitter relations with Cambodia persisted in 1979.",
       {"Vietnam have poor relations(16) Cambodia [relations-possessive]"}},
      {"Chancellor Angela Merkel's cordial relations with President Barack "
       "Obama were noted in 2015.",
       {"Angela Merkel have good relations(05) Barack Obama "
        "[relations-possessive]"}},
      {"Prime Minister Shinzo Abe's close ties with President Donald Trump "
       "were noted in 2017.",
       {"Shinzo Abe have good relations(05) Donald Trump "
        "[relations-possessive]"}},
      // Two objects, two triples.
      {"Qatar's strained relations with Saudi Arabia and Egypt persisted in "
       "2018.",
       {"Qatar have poor relations(16) Saudi Arabia [relations-possessive]",
        "Qatar have poor relations(16) Egypt [relations-possessive]"}},
      // Nothing: no state word.
      {"Chile's long relations with Peru date back to 1821.", {}},
      // Nothing: a thing, not an actor.
      {"Chile's good relations with the press helped in 2010.", {}},
      // Nothing: a thing, not an actor.
      {"Kenya's cordial relations with the bank helped in 2005.", {}},
  });
}

// X's relations with Y soured: the state word after the object.
TEST_CASE("Frame table: relations-possessive-after") {
  CheckTable({
      {"Brazil's relations with Argentina soured in 2003.",
       {"Brazil sour relations(16) Argentina [relations-possessive-after]"}},
      {"Japan's relations with China deteriorated in 2012.",
       {"Japan deteriorate relations(16) China "
        "[relations-possessive-after]"}},
      {"Turkey's ties with Greece improved in 1999.",
       {"Turkey improve relations(05) Greece [relations-possessive-after]"}},
      {"Cuba's relations with the United States were restored in 2015.",
       {"Cuba restore relations(08) United States "
        "[relations-possessive-after]"}},
      {"Egypt's relations with Qatar thawed in 2021.",
       {"Egypt thaw relations(05) Qatar [relations-possessive-after]"}},
      {"India's relations with Canada plunged in 2023.",
       {"India deteriorate relations(16) Canada "
        "[relations-possessive-after]"}},
      {"Morocco's relations with Algeria worsened in 2021.",
       {"Morocco worsen relations(16) Algeria [relations-possessive-after]"}},
      {"Kenya's ties with Tanzania deepened in 2022.",
       {"Kenya deepen relations(05) Tanzania [relations-possessive-after]"}},
      {"Russia's relations with Georgia collapsed in 2008.",
       {"Russia deteriorate relations(16) Georgia "
        "[relations-possessive-after]"}},
      {"Ethiopia's relations with Eritrea were normalized in 2018.",
       {"Ethiopia restore relations(08) Eritrea "
        "[relations-possessive-after]"}},
      {"Venezuela's relations with Colombia remained tense in 2019.",
       {"Venezuela have poor relations(16) Colombia "
        "[relations-possessive-after]"}},
      {"Australia's relations with China have been strained since 2020.",
       {"Australia have poor relations(16) China "
        "[relations-possessive-after]"}},
      {"Poland's relationship with Germany cooled in 2016.",
       {"Poland cool relations(16) Germany [relations-possessive-after]"}},
      {"Israel's ties with Turkey were restored in 2022.",
       {"Israel restore relations(08) Turkey [relations-possessive-after]"}},
      {"Vietnam's relations with the United States were normalized in 1995.",
       {"Vietnam restore relations(08) United States "
        "[relations-possessive-after]"}},
      {"President Donald Trump's relationship with Chancellor Angela Merkel "
       "soured in 2018.",
       {"Donald Trump sour relations(16) Angela Merkel "
        "[relations-possessive-after]"}},
      // Two objects, two triples.
      {"Brazil's relations with Argentina and Paraguay soured in 2003.",
       {"Brazil sour relations(16) Argentina [relations-possessive-after]",
        "Brazil sour relations(16) Paraguay [relations-possessive-after]"}},
      // Nothing: a negation.
      {"Chile's relations with Bolivia did not improve in 2019.", {}},
      // Nothing: a modal.
      {"Peru's relations with Ecuador could improve in 2025.", {}},
      // Nothing: a modal.
      {"Norway's relations with Sweden might worsen in 2030.", {}},
      // Nothing: no state word.
      {"Spain's relations with Portugal were discussed in 2010.", {}},
      // Nothing: a thing, not an actor.
      {"Chile's relations with the press soured in 2005.", {}},
  });
}

// The relationship [improved]: a pair phrase names the relations of the
// pair of actors the previous sentence names. The pair comes out in the
// reverse of the antecedent's order (the entry is symmetric).
TEST_CASE("Frame table: pair-state") {
  CheckTable({
      // The antecedent's own triple: a whole-sentence rule (for each of the
      // first three rows).
      {"Chile and Peru signed a treaty in 2001. The relationship later "
       "improved.",
       {"Chile sign agreement(05) Peru [sign-list]",
        "Peru improve relations(05) Chile [pair-state]"}},
      {"Israel and Jordan signed a treaty in 1994. The relationship later "
       "cooled.",
       {"Israel sign agreement(05) Jordan [sign-list]",
        "Jordan cool relations(16) Israel [pair-state]"}},
      {"Iran and Iraq fought from 1980 to 1988. The relationship improved in "
       "2005.",
       {"Iran clash(19) Iraq [clash]",
        "Iraq improve relations(05) Iran [pair-state]"}},
      {"Chile and Peru share a long border. The relationship soured in 2005.",
       {"Peru sour relations(16) Chile [pair-state]"}},
      {"Greece and Turkey are NATO members. Their relations thawed in 1999.",
       {"Turkey thaw relations(05) Greece [pair-state]"}},
      {"Egypt and Qatar are Arab states. The relationship thawed in 2021.",
       {"Qatar thaw relations(05) Egypt [pair-state]"}},
      {"Morocco and Algeria share a border. The relationship remained tense "
       "in 2021.",
       {"Algeria have poor relations(16) Morocco [pair-state]"}},
      {"Kenya and Tanzania share a border. Their relationship soured in "
       "2017.",
       {"Tanzania sour relations(16) Kenya [pair-state]"}},
      {"Nigeria and Ghana are neighbours. The relationship has been strained "
       "since 2019.",
       {"Ghana have poor relations(16) Nigeria [pair-state]"}},
      {"Mexico and Guatemala share a border. The relationship deteriorated "
       "in 2014.",
       {"Guatemala deteriorate relations(16) Mexico [pair-state]"}},
      {"Armenia and Turkey share a border. The relationship remained frosty "
       "in 2009.",
       {"Turkey have poor relations(16) Armenia [pair-state]"}},
      {"Pakistan and Afghanistan share a border. Their relationship plunged "
       "in 2023.",
       {"Afghanistan deteriorate relations(16) Pakistan [pair-state]"}},
      {"Thailand and Cambodia share a temple. The relationship soured in "
       "2008.",
       {"Cambodia sour relations(16) Thailand [pair-state]"}},
      {"Canada and Denmark share an island. The relationship warmed in 2022.",
       {"Denmark warm relations(05) Canada [pair-state]"}},
      // The pair phrase inside another frame.
      {"Kenya and Uganda share Lake Victoria. Relations between the two "
       "countries were strained in 2012.",
       {"Uganda have poor relations(16) Kenya [relations-between]"}},
      {"Japan and South Korea are neighbours. The two countries' relations "
       "worsened in 2019.",
       {"South Korea worsen relations(16) Japan [compound-state]"}},
      // Nothing: a negation.
      {"Chile and Peru share a border. The relationship has not improved "
       "since 2005.",
       {}},
      // Nothing: a modal.
      {"Chile and Peru share a border. The relationship may sour in 2030.", {}},
      // Nothing: no state word.
      {"Chile and Peru share a border. The relationship was reviewed in "
       "2005.",
       {}},
      // Nothing: no pair in the previous sentence.
      {"Chile is a long country. The relationship soured in 2005.", {}},
      // Nothing: a pair of things, not actors.
      {"The museum and the library share a building. The relationship soured "
       "in 2005.",
       {}},
  });
}

// VERBing [prep] Y ..., X VERBed: the fronted clause takes the main
// clause's subject.
TEST_CASE("Frame table: fronted-participle") {
  CheckTable({
      // The main clause's own triple: an active frame.
      {"Visiting Lima in 2019, President Jane Roe of Chile met Peru's foreign "
       "minister, Juan Diaz.",
       {"Jane Roe visit(04) Peru [fronted-participle]",
        "Jane Roe meet(04) Juan Diaz [active]"}},
      {"Meeting Prime Minister Narendra Modi in 2023, President Joe Biden "
       "praised India.",
       {"Joe Biden meet(04) Narendra Modi [fronted-participle]",
        "Joe Biden praise(05) India [active]"}},
      {"Meeting with Chancellor Olaf Scholz in 2022, President Emmanuel "
       "Macron discussed energy.",
       {"Emmanuel Macron meet(04) Olaf Scholz [fronted-participle]"}},
      {"Criticizing Israel in 2023, Turkey recalled its ambassador.",
       {"Turkey criticize(11) Israel [fronted-participle]"}},
      {"Condemning Russia in 2022, Finland applied for membership.",
       {"Finland condemn(11) Russia [fronted-participle]"}},
      {"Meeting President Xi Jinping in 2017, President Donald Trump "
       "discussed trade.",
       {"Donald Trump meet(04) Xi Jinping [fronted-participle]"}},
      {"Thanking Japan for its help in 2011, the United States pledged "
       "support.",
       {"United States thank(05) Japan [fronted-participle]"}},
      // A capital names its country.
      {"Visiting Canberra in 2023, Prime Minister Fumio Kishida signed a "
       "deal.",
       {"Fumio Kishida visit(04) Australia [fronted-participle]"}},
      {"Visiting Beijing in 1972, President Richard Nixon toasted Zhou "
       "Enlai.",
       {"Richard Nixon visit(04) China [fronted-participle]"}},
      {"Touring Hanoi in 2016, President Barack Obama lifted the arms "
       "embargo.",
       {"Barack Obama tour(04) Vietnam [fronted-participle]"}},
      {"Negotiating with Iran in 2015, Secretary John Kerry stayed in "
       "Vienna.",
       {"John Kerry negotiate(04) Iran [fronted-participle]"}},
      {"Threatening Taiwan in 2022, China held military drills.",
       {"China threaten(13) Taiwan [fronted-participle]"}},
      {"Blaming Pakistan for the attack in 2019, India suspended trade.",
       {"India blame(11) Pakistan [fronted-participle]"}},
      {"Invading Kuwait in 1990, Iraq seized the oil fields.",
       {"Iraq invade(19) Kuwait [fronted-participle]"}},
      {"Hosting Pope Francis in 2015, Cuba freed prisoners.",
       {"Cuba host(04) Pope Francis [fronted-participle]"}},
      {"Lambasting Brazil in 2020, Argentina withdrew its envoy.",
       {"Argentina lambast(11) Brazil [fronted-participle]"}},
      {"Consulting with Germany in 2021, France drafted a proposal.",
       {"France consult(04) Germany [fronted-participle]"}},
      {"Sanctioning Iran in 2018, the United States left the deal.",
       {"United States sanction(17) Iran [fronted-participle]"}},
      {"Supporting Ukraine in 2022, Poland opened its borders.",
       {"Poland support(05) Ukraine [fronted-participle]"}},
      // The negation belongs to the main clause only.
      {"Visiting Lima in 2019, President Jane Roe did not meet the press.",
       {"Jane Roe visit(04) Peru [fronted-participle]"}},
      // Nothing: a negation.
      {"Not visiting Lima in 2019, President Jane Roe stayed home.", {}},
      // Nothing: a hope, not the act.
      {"Hoping to visit Lima in 2019, President Jane Roe wrote a letter.", {}},
      // Nothing: a thing, not an actor.
      {"Visiting the museum in 2019, President Jane Roe gave a speech.", {}},
      // Nothing: no lexicon verb, a thing.
      {"Studying the report in 2019, Chile issued a statement.", {}},
  });
}

// X VERBed ... and then began to VERB Y: the infinitive takes the first
// clause's subject.
TEST_CASE("Frame table: shared-subject-infinitive") {
  CheckTable({
      // A list subject: one triple per actor.
      {"Chile and Peru issued a statement and then began to bomb Bolivia.",
       {"Chile bomb(19) Bolivia [shared-subject-infinitive]",
        "Peru bomb(19) Bolivia [shared-subject-infinitive]"}},
      {"Kenya recalled its envoy in 2019 and then began to criticize "
       "Somalia.",
       {"Kenya criticize(11) Somalia [shared-subject-infinitive]"}},
      {"Turkey massed troops on the border and then began to shell Syria in "
       "2019.",
       {"Turkey shell(19) Syria [shared-subject-infinitive]"}},
      {"Brazil closed the embassy and then started to sanction Venezuela in "
       "2018.",
       {"Brazil sanction(17) Venezuela [shared-subject-infinitive]"}},
      {"Poland raised its budget in 2022 and began to arm Ukraine.",
       {"Poland arm(06) Ukraine [shared-subject-infinitive]"}},
      {"Japan held elections in 2012 and then began to criticize China.",
       {"Japan criticize(11) China [shared-subject-infinitive]"}},
      {"President Emmanuel Macron gave a speech and then moved to sanction "
       "Russia in 2022.",
       {"Emmanuel Macron sanction(17) Russia [shared-subject-infinitive]"}},
      {"Saudi Arabia cut oil output and then agreed to fund Egypt in 2013.",
       {"Saudi Arabia fund(07) Egypt [shared-subject-infinitive]"}},
      {"Norway changed its government in 2013 and then continued to fund "
       "Palestine.",
       {"Norway fund(07) Palestine [shared-subject-infinitive]"}},
      {"India tested a missile and then began to threaten Pakistan in 1998.",
       {"India threaten(13) Pakistan [shared-subject-infinitive]"}},
      {"Russia mobilized troops in 2008 and then began to bomb Georgia.",
       {"Russia bomb(19) Georgia [shared-subject-infinitive]"}},
      {"Ethiopia held a summit in 2018 and then agreed to recognize Eritrea.",
       {"Ethiopia recognize(05) Eritrea [shared-subject-infinitive]"}},
      {"The United States imposed tariffs and then began to pressure China "
       "in 2018.",
       {"United States pressure(10) China [shared-subject-infinitive]"}},
      {"Greece closed its ports and then moved to boycott Turkey in 1974.",
       {"Greece boycott(16) Turkey [shared-subject-infinitive]"}},
      // Mediation between two actors: one triple per actor.
      {"Qatar hosted the talks and then agreed to mediate between Israel and "
       "Hamas in 2023.",
       {"Qatar mediate(04) Israel [shared-subject-infinitive]",
        "Qatar mediate(04) Hamas [shared-subject-infinitive]"}},
      // Nothing: a negation.
      {"Chile held elections and then did not agree to fund Peru in 2010.", {}},
      // Nothing: a modal.
      {"Chile held elections and then could begin to fund Peru in 2010.", {}},
      // Nothing: an attempt, not the act.
      {"Chile held elections and then tried to console Peru in 2010.", {}},
      // Nothing: no lexicon verb, a thing.
      {"Chile held elections and then began to build a road in 2010.", {}},
      // Nothing: no lexicon verb.
      {"Chile held elections and then began to swim to Peru in 2010.", {}},
  });
}

}  // namespace kg::extract
