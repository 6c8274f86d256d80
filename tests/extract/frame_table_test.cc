// One table per frame of the diplomacy pack's cascade (the "frames" of
// rules/diplomacy/pack.json): invented sentences, each with every triple
// the extractor writes for it, in order, shown as "Subject
// relation(category) Object [frame]". The frame is Triple::rule up to its
// '/'; a whole-sentence rule's triple would show the rule's id, and none
// of these sentences has one. Each table also holds sentences that must
// give nothing from its construction: a negation or a modal (flagged
// triples are dropped by default), a verb or noun outside the event
// lexicon, a thing where the construction wants an actor.
#include "tests/extract/frame_table.h"

namespace kg::extract {

using frame_table::CheckTable;

// X [, apposition,] VERB [particle, object noun, PPs] [prep] Y.
TEST_CASE("Frame table: active") {
  CheckTable({
      {"Kenya congratulated Ghana on its election in 2019.",
       {"Kenya congratulate(05) Ghana [active]"}},
      {"Brazil sued Venezuela at the court in 2018.",
       {"Brazil sue(11) Venezuela [active]"}},
      {"Ethiopia, the regional power, funded Somalia in 2010.",
       {"Ethiopia fund(07) Somalia [active]"}},
      {"Argentina (then under military rule) quietly financed Bolivia in 1976.",
       {"Argentina finance(07) Bolivia [active]"}},
      {"Indonesia has often complimented Malaysia since 2005.",
       {"Indonesia compliment(05) Malaysia [active]"}},
      {"Serbia, in 2008, harassed Kosovo.",
       {"Serbia harass(17) Kosovo [active]"}},
      {"Serbia is harassing Kosovo.", {"Serbia harass(17) Kosovo [active]"}},
      {"The Nigerian Army besieged Cameroon in 2013.",
       {"Nigerian Army besiege(19) Cameroon [active]"}},
      {"Hungary defied the European Union in 2017.",
       {"Hungary defy(12) European Union [active]"}},
      {"President Emmanuel Macron scolded Italy in 2018.",
       {"Emmanuel Macron scold(11) Italy [active]"}},
      {"Chancellor Olaf Scholz snubbed President Joe Biden in 2023.",
       {"Olaf Scholz snub(11) Joe Biden [active]"}},
      // A demonym names the country.
      {"Chinese warships encircled Taiwan in 2022.",
       {"China encircle(19) Taiwan [active]"}},
      {"Sweden expressed concern about Russia in 2021.",
       {"Sweden express concern(01) Russia [active]"}},
      {"Prime Minister Jane Doe sent condolences to Norway in 2015.",
       {"Jane Doe send condolences(01) Norway [active]"}},
      {"Austria commiserated with Slovenia after the floods in 2023.",
       {"Austria commiserate(01) Slovenia [active]"}},
      {"Denmark responds to Iceland.",
       {"Denmark respond(01) Iceland [active]"}},
      {"Kenya funds Ghana every year.", {"Kenya fund(07) Ghana [active]"}},
      // Nothing: a modal.
      {"Egypt will fund Jordan in 2024.", {}},
      // Nothing: a negation.
      {"Turkey did not blockade Syria in 2015.", {}},
      // Nothing: a modal.
      {"Greece could boycott Turkey in 2020.", {}},
      // Nothing: no lexicon verb, a thing.
      {"Poland bought tanks in 2022.", {}},
      // Nothing: a thing, not an actor.
      {"Canada thanked the weather in 2020.", {}},
  });
}

// X VERB ... and VERB Y: the second verb takes the first's subject.
TEST_CASE("Frame table: shared-subject") {
  CheckTable({
      // The first verb's own object: an active frame.
      {"Kenya congratulated Ghana in 2019 and thanked Nigeria.",
       {"Kenya congratulate(05) Ghana [active]",
        "Kenya thank(05) Nigeria [shared-subject]"}},
      {"Chile recalled its envoy and lambasted Peru in 2011.",
       {"Chile lambast(11) Peru [shared-subject]"}},
      {"Prime Minister Jane Doe gave a speech in 2020 and thanked Norway.",
       {"Jane Doe thank(05) Norway [shared-subject]"}},
      {"Brazil closed the border and sued Venezuela in 2018.",
       {"Brazil sue(11) Venezuela [shared-subject]"}},
      {"Ethiopia held elections in 2010 and then funded Somalia.",
       {"Ethiopia fund(07) Somalia [shared-subject]"}},
      {"Argentina cut interest rates and quietly financed Bolivia in 1995.",
       {"Argentina finance(07) Bolivia [shared-subject]"}},
      {"Cuba rejected the offer and spurned Mexico in 1999.",
       {"Cuba spurn(12) Mexico [shared-subject]"}},
      {"Indonesia signed the deal in 2005 and later complimented Malaysia.",
       {"Indonesia compliment(05) Malaysia [shared-subject]"}},
      {"Italy left the alliance in 1915 and invaded Austria.",
       {"Italy invade(19) Austria [shared-subject]"}},
      {"Serbia mobilized troops and harassed Kosovo in 2008.",
       {"Serbia harass(17) Kosovo [shared-subject]"}},
      {"Finland raised tariffs and voiced concern over Belarus in 2020.",
       {"Finland voice concern(01) Belarus [shared-subject]"}},
      {"Denmark studied the letter and responded to Iceland in 2004.",
       {"Denmark respond(01) Iceland [shared-subject]"}},
      // A capital names its country.
      {"President Joe Biden landed in Berlin and briefed Olaf Scholz in 2023.",
       {"Joe Biden land(04) Germany [active]",
        "Joe Biden brief(01) Olaf Scholz [shared-subject]"}},
      {"Egypt funded Hamas in 2012 and snubbed Israel.",
       {"Egypt fund(07) Hamas [active]",
        "Egypt snub(11) Israel [shared-subject]"}},
      // The second clause has a subject of its own: an active frame, no shared
      // subject.
      {"Kenya sued Ghana in 2019 and Nigeria congratulated Togo.",
       {"Kenya sue(11) Ghana [active]",
        "Nigeria congratulate(05) Togo [active]"}},
      // Nothing: a modal.
      {"Greece protested in 2020 and could boycott Turkey.", {}},
      // Nothing: a negation.
      {"Hungary vetoed the budget and did not defy the European Union in 2017.",
       {}},
      // Nothing: a thing, not an actor.
      {"Canada cut taxes and thanked the voters in 2020.", {}},
  });
}

// Y was VERBed [PPs] by X.
TEST_CASE("Frame table: passive") {
  CheckTable({
      {"Ghana was congratulated by Kenya in 2019.",
       {"Kenya congratulate(05) Ghana [passive]"}},
      {"Peru was lambasted by Chile on 4 May 2011.",
       {"Chile lambast(11) Peru [passive]"}},
      {"Norway was thanked by Prime Minister Jane Doe in March 2020.",
       {"Jane Doe thank(05) Norway [passive]"}},
      {"Venezuela is being sued by Brazil.",
       {"Brazil sue(11) Venezuela [passive]"}},
      {"Somalia has been funded by Ethiopia since 2010.",
       {"Ethiopia fund(07) Somalia [passive]"}},
      {"Bolivia was quietly financed by Argentina in 1995.",
       {"Argentina finance(07) Bolivia [passive]"}},
      {"Mexico was spurned by Cuba in 1999.",
       {"Cuba spurn(12) Mexico [passive]"}},
      {"Malaysia was often complimented by Indonesia in 2005.",
       {"Indonesia compliment(05) Malaysia [passive]"}},
      {"Austria had been snubbed by Italy in 1911.",
       {"Italy snub(11) Austria [passive]"}},
      {"Kosovo was harassed by Serbia in 2008.",
       {"Serbia harass(17) Kosovo [passive]"}},
      // A demonym names the country.
      {"Taiwan was encircled by Chinese warships in 2022.",
       {"China encircle(19) Taiwan [passive]"}},
      {"Olaf Scholz was briefed by President Joe Biden in 2023.",
       {"Joe Biden brief(01) Olaf Scholz [passive]"}},
      // A date between the verb and by.
      {"Cameroon was besieged in 2013 by the Nigerian Army.",
       {"Nigerian Army besiege(19) Cameroon [passive]"}},
      // An apposition after the object.
      {"Kuwait, a small emirate, was invaded by Iraq in 1990.",
       {"Iraq invade(19) Kuwait [passive]"}},
      {"The European Union was defied by Hungary in 2017.",
       {"Hungary defy(12) European Union [passive]"}},
      // Nothing: a modal.
      {"Turkey could be boycotted by Greece in 2020.", {}},
      // Nothing: a negation.
      {"Syria was not blockaded by Turkey in 2015.", {}},
      // Nothing: hearsay.
      {"Ghana was reportedly congratulated by Kenya in 2019.", {}},
      // Nothing: no lexicon verb, a thing.
      {"The tanks were bought by Poland in 2022.", {}},
      // Nothing: the agent is not an actor.
      {"Ghana was praised by the press in 2019.", {}},
  });
}

// X and Y VERB [phrase words]: a symmetric entry relates the list pairwise.
TEST_CASE("Frame table: symmetric") {
  CheckTable({
      {"Kenya and Ghana conferred in 2019.",
       {"Kenya confer(04) Ghana [symmetric]"}},
      {"Chile and Peru negotiated on 4 May 2011.",
       {"Chile negotiate(04) Peru [symmetric]"}},
      {"Uganda and Rwanda are negotiating.",
       {"Uganda negotiate(04) Rwanda [symmetric]"}},
      {"Brazil and Venezuela quarreled in 2018.",
       {"Brazil quarrel(11) Venezuela [symmetric]"}},
      // Three actors, three pairs.
      {"Argentina, Bolivia and Paraguay cooperated in 1995.",
       {"Argentina cooperate(05) Bolivia [symmetric]",
        "Argentina cooperate(05) Paraguay [symmetric]",
        "Bolivia cooperate(05) Paraguay [symmetric]"}},
      {"Ireland and Portugal corresponded in 2009.",
       {"Ireland correspond(04) Portugal [symmetric]"}},
      {"Hungary and Slovakia feuded in 2010.",
       {"Hungary feud(11) Slovakia [symmetric]"}},
      {"Serbia and Kosovo sat down in 2013.",
       {"Serbia sit down(04) Kosovo [symmetric]"}},
      {"Denmark and Iceland communicated in 2004.",
       {"Denmark communicate(04) Iceland [symmetric]"}},
      {"Japan and South Korea interacted in 2018.",
       {"Japan interact(04) South Korea [symmetric]"}},
      {"Chancellor Olaf Scholz and President Joe Biden conversed in 2023.",
       {"Olaf Scholz converse(04) Joe Biden [symmetric]"}},
      {"Prime Minister Jane Doe and Chancellor Olaf Scholz conferred in 2021.",
       {"Jane Doe confer(04) Olaf Scholz [symmetric]"}},
      {"Egypt and Sudan exchanged views in 2016.",
       {"Egypt exchange view(04) Sudan [symmetric]"}},
      // Nothing: a negation.
      {"Cuba and Mexico did not negotiate in 1999.", {}},
      // Nothing: a modal.
      {"Indonesia and Malaysia could reconcile in 2005.", {}},
      // Nothing: no lexicon verb.
      {"Finland and Estonia swam in 2020.", {}},
  });
}

// X agreed/moved/began to VERB Y: the infinitive takes the main clause's
// subject. After a verb of attempt (tried) the act is flagged and dropped.
TEST_CASE("Frame table: infinitive") {
  CheckTable({
      {"Kenya agreed to fund Ghana in 2019.",
       {"Kenya fund(07) Ghana [infinitive]"}},
      {"Brazil moved to blacklist Venezuela in 2018.",
       {"Brazil blacklist(16) Venezuela [infinitive]"}},
      {"Serbia agreed to sign a pact with Kosovo in 2013.",
       {"Serbia sign pact(05) Kosovo [infinitive]"}},
      {"Uganda agreed to arm Rwanda in 2019.",
       {"Uganda arm(06) Rwanda [infinitive]"}},
      {"Chancellor Olaf Scholz agreed to phone President Joe Biden in 2023.",
       {"Olaf Scholz phone(04) Joe Biden [infinitive]"}},
      {"Poland began to arm Ukraine in 2022.",
       {"Poland arm(06) Ukraine [infinitive]"}},
      {"Ethiopia continued to finance Somalia in 2010.",
       {"Ethiopia finance(07) Somalia [infinitive]"}},
      {"Indonesia started to assist Malaysia in 2005.",
       {"Indonesia assist(07) Malaysia [infinitive]"}},
      {"Denmark agreed to lend to Iceland in 2008.",
       {"Denmark lend(07) Iceland [infinitive]"}},
      {"Cuba moved to boycott Mexico in 1999.",
       {"Cuba boycott(16) Mexico [infinitive]"}},
      {"Argentina agreed to recognize Bolivia in 1995.",
       {"Argentina recognize(05) Bolivia [infinitive]"}},
      {"Chile continued to lambast Peru in 2011.",
       {"Chile lambast(11) Peru [infinitive]"}},
      {"Japan agreed to train South Korea's pilots in 2018.",
       {"Japan train(06) South Korea [infinitive]"}},
      {"President Joe Biden agreed to meet Chancellor Olaf Scholz in 2023.",
       {"Joe Biden agree to meet(03) Olaf Scholz [infinitive]"}},
      {"Kenya agreed to write to Ghana in 2019.",
       {"Kenya write(01) Ghana [infinitive]"}},
      {"Sudan later agreed to extradite the suspect to Egypt in 2016.",
       {"Sudan extradite(06) Egypt [infinitive]"}},
      // Nothing: a negation.
      {"Egypt did not agree to aid Sudan in 2016.", {}},
      // Nothing: a modal.
      {"Morocco could agree to fund Mauritania in 2012.", {}},
      // Nothing: an attempt, not the act.
      {"Ireland tried to console Portugal in 2009.", {}},
      // Nothing: a plan, a thing.
      {"Hungary planned to build a fence in 2015.", {}},
      // Nothing: no lexicon verb.
      {"Finland wanted to swim to Estonia in 2020.", {}},
  });
}

// X and Y began to VERB [phrase words].
TEST_CASE("Frame table: infinitive-symmetric") {
  CheckTable({
      {"Chile and Peru began to negotiate on 4 May 2011.",
       {"Chile negotiate(04) Peru [infinitive-symmetric]"}},
      // Three actors, three pairs.
      {"Argentina, Bolivia and Paraguay started to trade in 1995.",
       {"Argentina trade(06) Bolivia [infinitive-symmetric]",
        "Argentina trade(06) Paraguay [infinitive-symmetric]",
        "Bolivia trade(06) Paraguay [infinitive-symmetric]"}},
      {"Ireland and Portugal continued to correspond in 2009.",
       {"Ireland correspond(04) Portugal [infinitive-symmetric]"}},
      {"Greece and Turkey managed to sit down in 1996.",
       {"Greece sit down(04) Turkey [infinitive-symmetric]"}},
      {"Denmark and Iceland began to communicate in 2004.",
       {"Denmark communicate(04) Iceland [infinitive-symmetric]"}},
      {"Chancellor Olaf Scholz and President Joe Biden continued to confer in "
       "2023.",
       {"Olaf Scholz confer(04) Joe Biden [infinitive-symmetric]"}},
      {"Egypt and Sudan began to exchange views in 2016.",
       {"Egypt exchange view(04) Sudan [infinitive-symmetric]"}},
      {"Uganda and Rwanda started to skirmish in 2019.",
       {"Uganda skirmish(19) Rwanda [infinitive-symmetric]"}},
      {"Kenya and Ghana continued to cooperate in 2019.",
       {"Kenya cooperate(05) Ghana [infinitive-symmetric]"}},
      {"Vietnam and Cambodia continued to fight in 1979.",
       {"Vietnam fight(19) Cambodia [infinitive-symmetric]"}},
      {"Brazil and Venezuela continued to quarrel in 2018.",
       {"Brazil quarrel(11) Venezuela [infinitive-symmetric]"}},
      {"Italy and Austria began to clash in 1915.",
       {"Italy clash(19) Austria [infinitive-symmetric]"}},
      {"Hungary and Slovakia continued to feud in 2010.",
       {"Hungary feud(11) Slovakia [infinitive-symmetric]"}},
      {"Japan and South Korea started to interact in 2018.",
       {"Japan interact(04) South Korea [infinitive-symmetric]"}},
      // Nothing: failed: a negation.
      {"Norway and Sweden failed to consult in 2014.", {}},
      // Nothing: refused: a negation.
      {"Cuba and Mexico refused to negotiate in 1999.", {}},
      // Nothing: a modal.
      {"Spain and Morocco could agree to cooperate in 2022.", {}},
      // Nothing: a negation.
      {"Uganda and Rwanda did not agree to reconcile in 2019.", {}},
      // Nothing: an attempt, not the act.
      {"Brazil and Venezuela tried to reconcile in 2018.", {}},
      // Nothing: no lexicon verb.
      {"Serbia and Kosovo continued to swim in 2013.", {}},
  });
}

// X VERBed ..., VERBing Y: the -ing clause takes the main clause's subject.
TEST_CASE("Frame table: participle") {
  CheckTable({
      {"Kenya issued a statement in 2019, congratulating Ghana.",
       {"Kenya congratulate(05) Ghana [participle]"}},
      {"Chile recalled its envoy on 4 May 2011, lambasting Peru.",
       {"Chile lambast(11) Peru [participle]"}},
      {"Prime Minister Jane Doe spoke in Oslo in March 2020, thanking Norway.",
       {"Jane Doe thank(05) Norway [participle]"}},
      {"Brazil went to court in 2018, suing Venezuela.",
       {"Brazil sue(11) Venezuela [participle]"}},
      {"Ethiopia raised taxes in 2010, funding Somalia.",
       {"Ethiopia fund(07) Somalia [participle]"}},
      {"Argentina broke with tradition in 1995, quietly financing Bolivia.",
       {"Argentina finance(07) Bolivia [participle]"}},
      {"Cuba closed the talks in 1999, spurning Mexico.",
       {"Cuba spurn(12) Mexico [participle]"}},
      {"Indonesia gave a speech in 2005, complimenting Malaysia.",
       {"Indonesia compliment(05) Malaysia [participle]"}},
      {"Ireland sent troops in 2009, assisting Portugal.",
       {"Ireland assist(07) Portugal [participle]"}},
      {"Italy changed sides in 1915, invading Austria.",
       {"Italy invade(19) Austria [participle]"}},
      {"Serbia deployed troops in 2008, harassing Kosovo.",
       {"Serbia harass(17) Kosovo [participle]"}},
      {"Finland raised tariffs in 2020, voicing concern over Belarus.",
       {"Finland voice concern(01) Belarus [participle]"}},
      {"Denmark convened parliament in 2004, responding to Iceland.",
       {"Denmark respond(01) Iceland [participle]"}},
      {"President Joe Biden returned home in 2023, briefing Olaf Scholz.",
       {"Joe Biden brief(01) Olaf Scholz [participle]"}},
      {"Spain sent warships in 2022, blockading Morocco.",
       {"Spain blockade(19) Morocco [participle]"}},
      // The negation belongs to the main clause only.
      {"Kenya did not criticize Ghana in 2019, praising Nigeria instead.",
       {"Kenya praise(05) Nigeria [participle]"}},
      // Nothing: a negation.
      {"Greece issued a statement in 2020, not congratulating Turkey.", {}},
      // Nothing: no lexicon verb, not actors.
      {"Hungary built a fence in 2015, blocking the migrants.", {}},
      // Nothing: a thing, not an actor.
      {"Canada cut taxes in 2020, thanking the voters.", {}},
  });
}

// X's NOUN [PPs] prep Y.
TEST_CASE("Frame table: possessive") {
  CheckTable({
      {"Kenya's criticism of Ghana in 2019 surprised observers.",
       {"Kenya criticize(11) Ghana [possessive]"}},
      {"Prime Minister Jane Doe's visit to Norway in March 2020 was brief.",
       {"Jane Doe visit(04) Norway [possessive]"}},
      {"Brazil's lawsuit against Venezuela was filed in 2018.",
       {"Brazil sue(11) Venezuela [possessive]"}},
      {"Ethiopia's support for Somalia grew in 2010.",
       {"Ethiopia support(05) Somalia [possessive]"}},
      {"Argentina's loan to Bolivia was repaid in 1995.",
       {"Argentina lend(07) Bolivia [possessive]"}},
      {"Cuba's boycott of Mexico ended in 1999.",
       {"Cuba boycott(16) Mexico [possessive]"}},
      {"Indonesia's apology to Malaysia came in 2005.",
       {"Indonesia apologize(05) Malaysia [possessive]"}},
      {"Ireland's congratulations to Portugal arrived in 2009.",
       {"Ireland congratulate(05) Portugal [possessive]"}},
      {"Greece's meeting with Turkey in 2020 went well.",
       {"Greece meet(04) Turkey [possessive]"}},
      {"Serbia's blockade of Kosovo lasted until 2008.",
       {"Serbia blockade(19) Kosovo [possessive]"}},
      {"Finland's alliance with Sweden was formed in 2024.",
       {"Finland ally(05) Sweden [possessive]"}},
      {"Denmark's dispute with Iceland flared in 2004.",
       {"Denmark dispute(11) Iceland [possessive]"}},
      {"President Joe Biden's call with Olaf Scholz took place in 2023.",
       {"Joe Biden phone(04) Olaf Scholz [possessive]"}},
      {"Egypt's mediation between Israel and Hamas began in 2021.",
       {"Egypt mediate(04) Israel [possessive]",
        "Egypt mediate(04) Hamas [possessive]"}},
      {"Spain's threat to Morocco was denounced in 2022.",
       {"Spain threaten(13) Morocco [possessive]"}},
      // Nothing: no event noun.
      {"Hungary's fence on the border was built in 2015.", {}},
      // Nothing: a thing, not an actor.
      {"Canada's trade with the world grew in 2020.", {}},
      // Nothing: no event noun, no object.
      {"Japan's economy grew in 2018.", {}},
  });
}

// The X-ian NOUN of Y: a demonym names the subject.
TEST_CASE("Frame table: adjective") {
  CheckTable({
      {"The Kenyan criticism of Ghana in 2019 surprised observers.",
       {"Kenya criticize(11) Ghana [adjective]"}},
      {"The Chilean invasion of Peru in 1879 began the war.",
       {"Chile invade(19) Peru [adjective]"}},
      {"The Norwegian visit to Sweden in March 2020 was brief.",
       {"Norway visit(04) Sweden [adjective]"}},
      {"The Brazilian lawsuit against Venezuela was filed in 2018.",
       {"Brazil sue(11) Venezuela [adjective]"}},
      {"Ethiopian support for Somalia grew in 2010.",
       {"Ethiopia support(05) Somalia [adjective]"}},
      {"The Argentine loan to Bolivia was repaid in 1995.",
       {"Argentina lend(07) Bolivia [adjective]"}},
      {"The Cuban boycott of Mexico ended in 1999.",
       {"Cuba boycott(16) Mexico [adjective]"}},
      {"The Indonesian apology to Malaysia came in 2005.",
       {"Indonesia apologize(05) Malaysia [adjective]"}},
      {"The Italian annexation of Albania happened in 1939.",
       {"Italy annex(17) Albania [adjective]"}},
      {"The Serbian blockade of Kosovo lasted until 2008.",
       {"Serbia blockade(19) Kosovo [adjective]"}},
      {"The Finnish alliance with Sweden was formed in 2024.",
       {"Finland ally(05) Sweden [adjective]"}},
      {"The Danish dispute with Iceland flared in 2004.",
       {"Denmark dispute(11) Iceland [adjective]"}},
      {"The American call with Germany took place in 2023.",
       {"United States phone(04) Germany [adjective]"}},
      {"The Egyptian mediation between Israel and Hamas began in 2021.",
       {"Egypt mediate(04) Israel [adjective]",
        "Egypt mediate(04) Hamas [adjective]"}},
      {"The Chinese shelling of Taiwan's islands resumed in 1958.",
       {"China shell(19) Taiwan [adjective]"}},
      {"The Israeli withdrawal from Lebanon was completed in 2000.",
       {"Israel withdraw(08) Lebanon [adjective]"}},
      {"The Turkish sanctions on Syria were lifted in 2019.",
       {"Turkey sanction(17) Syria [adjective]"}},
      // Nothing: no event noun.
      {"The Hungarian fence on the border was built in 2015.", {}},
      // Nothing: a thing, not an actor.
      {"The Canadian trade with the world grew in 2020.", {}},
      // Nothing: no event noun, no object.
      {"The Japanese economy grew in 2018.", {}},
  });
}

// NOUN of Y [PPs] by X.
TEST_CASE("Frame table: nominal-by") {
  CheckTable({
      {"The criticism of Ghana by Kenya in 2019 surprised observers.",
       {"Kenya criticize(11) Ghana [nominal-by]"}},
      {"The invasion of Peru by Chile in 1879 began the war.",
       {"Chile invade(19) Peru [nominal-by]"}},
      {"The annexation of Albania by Italy happened in 1939.",
       {"Italy annex(17) Albania [nominal-by]"}},
      {"The boycott of Mexico by Cuba ended in 1999.",
       {"Cuba boycott(16) Mexico [nominal-by]"}},
      {"The blockade of Kosovo by Serbia lasted until 2008.",
       {"Serbia blockade(19) Kosovo [nominal-by]"}},
      {"The recognition of Kosovo by Peru came in 2010.",
       {"Peru recognize(05) Kosovo [nominal-by]"}},
      {"The shelling of Taiwan's islands by China resumed in 1958.",
       {"China shell(19) Taiwan [nominal-by]"}},
      {"The occupation of Cyprus by Turkey began in 1974.",
       {"Turkey occupy(19) Cyprus [nominal-by]"}},
      {"The condemnation of Iran by France in 2012 was swift.",
       {"France condemn(11) Iran [nominal-by]"}},
      {"The bombing of Serbia by NATO began in 1999.",
       {"NATO bomb(19) Serbia [nominal-by]"}},
      {"The arrest of Prime Minister Jane Doe by Norway made headlines in "
       "2020.",
       {"Norway arrest(17) Jane Doe [nominal-by]"}},
      {"The denunciation of Cuba by Chancellor Olaf Scholz was reported in "
       "2023.",
       {"Olaf Scholz denounce(11) Cuba [nominal-by]"}},
      {"The occupation of Kuwait by Iraq ended in 1991.",
       {"Iraq occupy(19) Kuwait [nominal-by]"}},
      {"The investigation of Brazil by the United Nations started in 2016.",
       {"United Nations investigate(09) Brazil [nominal-by]"}},
      // Nothing: a thing, not an actor.
      {"The sale of wheat by Canada rose in 2020.", {}},
      // Nothing: a thing, not an actor.
      {"The criticism of the plan by Kenya in 2019 surprised observers.", {}},
      // Nothing: no event noun, not actors.
      {"The destruction of the bridge by floods happened in 2018.", {}},
  });
}

// NOUN between X and Y.
TEST_CASE("Frame table: between") {
  CheckTable({
      {"A war between Chile and Peru began in 1879.",
       {"Chile wage war(19) Peru [between]"}},
      {"The alliance between Brazil and Argentina was signed in 2018.",
       {"Brazil ally(05) Argentina [between]"}},
      {"Cooperation between Ethiopia and Somalia grew in 2010.",
       {"Ethiopia cooperate(05) Somalia [between]"}},
      {"The rapprochement between Cuba and Mexico came in 1999.",
       {"Cuba reconcile(05) Mexico [between]"}},
      {"Skirmishes between Indonesia and Malaysia continued in 1964.",
       {"Indonesia skirmish(19) Malaysia [between]"}},
      {"Clashes between Serbia and Kosovo erupted in 2008.",
       {"Serbia clash(19) Kosovo [between]"}},
      {"A dialogue between Denmark and Iceland opened in 2004.",
       {"Denmark hold dialogue(04) Iceland [between]"}},
      // Three actors, three pairs.
      {"The partnership between Japan, South Korea and Australia was expanded "
       "in 2018.",
       {"Japan partner(05) South Korea [between]",
        "Japan partner(05) Australia [between]",
        "South Korea partner(05) Australia [between]"}},
      {"A conversation between Chancellor Olaf Scholz and President Joe Biden "
       "took place in 2023.",
       {"Olaf Scholz talk(04) Joe Biden [between]"}},
      {"Negotiations between Uganda and Rwanda stalled in 2019.",
       {"Uganda negotiate(04) Rwanda [between]"}},
      {"Trade between Vietnam and Cambodia doubled in 2015.",
       {"Vietnam trade(06) Cambodia [between]"}},
      {"A treaty between Poland and Lithuania was signed in 1569.",
       {"Poland sign treaty(05) Lithuania [between]"}},
      {"The quarrel between Greece and Turkey intensified in 1996.",
       {"Greece quarrel(11) Turkey [between]"}},
      // Nothing: no event noun.
      {"The border between Spain and Portugal was closed in 2020.", {}},
      // Nothing: no event noun.
      {"A match between Italy and France was played in 2006.", {}},
  });
}

// X is/remained/became [a] NOUN prep Y. The lexicon has event nouns (threat,
// support) but no role nouns (ally, critic), so the table has no "X is an ally
// of Y".
TEST_CASE("Frame table: copula") {
  CheckTable({
      {"Iran remained a threat to Israel in 2019.",
       {"Iran threaten(13) Israel [copula]"}},
      {"Kenya was a strong support for Ghana in 2019.",
       {"Kenya support(05) Ghana [copula]"}},
      {"Turkey was a constant threat to Greece in 1974.",
       {"Turkey threaten(13) Greece [copula]"}},
      {"The United States remained the main support for Israel in 2006.",
       {"United States support(05) Israel [copula]"}},
      {"President Joe Biden was a firm support for Ukraine in 2022.",
       {"Joe Biden support(05) Ukraine [copula]"}},
      {"North Korea is a threat to Japan.",
       {"North Korea threaten(13) Japan [copula]"}},
      {"Cuba became a threat to Mexico in 1999.",
       {"Cuba threaten(13) Mexico [copula]"}},
      {"Russia was the biggest threat to Georgia in 2008.",
       {"Russia threaten(13) Georgia [copula]"}},
      {"Venezuela had become a threat to Colombia by 2009.",
       {"Venezuela threaten(13) Colombia [copula]"}},
      {"The Ethiopian army was a threat to Eritrea in 1999.",
       {"Ethiopia threaten(13) Eritrea [copula]"}},
      // Nothing: a negation.
      {"Chile was never a threat to Peru.", {}},
      // Nothing: a modal.
      {"Iraq could become a threat to Kuwait in 1990.", {}},
      // Nothing: a negation.
      {"Libya was not a support for Chad in 1987.", {}},
      // Nothing: a thing, not an actor.
      {"Argentina was a threat to the weather in 1995.", {}},
  });
}

}  // namespace kg::extract
