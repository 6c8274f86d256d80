// Acceptance: every UN member state is recognized under its common name.
//
// The table below is the 193 member states of the United Nations under the
// names English-language news uses, with their ISO 3166-1 alpha-3 codes (the
// ids of the diplomacy pack's countries), then the two observer states and
// Taiwan and Kosovo. It is written here, not read from a data set, so the
// test runs from a fresh clone.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/rule_pack.h"

namespace kg::extract {
namespace {

struct Country {
  std::string_view name;
  std::string_view id;
};

// The 193 UN member states, alphabetical by their UN names.
const std::vector<Country>& UnMembers() {
  static const std::vector<Country> members = {
      {"Afghanistan", "AFG"},
      {"Albania", "ALB"},
      {"Algeria", "DZA"},
      {"Andorra", "AND"},
      {"Angola", "AGO"},
      {"Antigua and Barbuda", "ATG"},
      {"Argentina", "ARG"},
      {"Armenia", "ARM"},
      {"Australia", "AUS"},
      {"Austria", "AUT"},
      {"Azerbaijan", "AZE"},
      {"Bahamas", "BHS"},
      {"Bahrain", "BHR"},
      {"Bangladesh", "BGD"},
      {"Barbados", "BRB"},
      {"Belarus", "BLR"},
      {"Belgium", "BEL"},
      {"Belize", "BLZ"},
      {"Benin", "BEN"},
      {"Bhutan", "BTN"},
      {"Bolivia", "BOL"},
      {"Bosnia and Herzegovina", "BIH"},
      {"Botswana", "BWA"},
      {"Brazil", "BRA"},
      {"Brunei", "BRN"},
      {"Bulgaria", "BGR"},
      {"Burkina Faso", "BFA"},
      {"Burundi", "BDI"},
      {"Cape Verde", "CPV"},
      {"Cambodia", "KHM"},
      {"Cameroon", "CMR"},
      {"Canada", "CAN"},
      {"Central African Republic", "CAF"},
      {"Chad", "TCD"},
      {"Chile", "CHL"},
      {"China", "CHN"},
      {"Colombia", "COL"},
      {"Comoros", "COM"},
      {"Republic of the Congo", "COG"},
      {"Costa Rica", "CRI"},
      {"Ivory Coast", "CIV"},
      {"Croatia", "HRV"},
      {"Cuba", "CUB"},
      {"Cyprus", "CYP"},
      {"Czechia", "CZE"},
      {"North Korea", "PRK"},
      {"Democratic Republic of the Congo", "COD"},
      {"Denmark", "DNK"},
      {"Djibouti", "DJI"},
      {"Dominica", "DMA"},
      {"Dominican Republic", "DOM"},
      {"Ecuador", "ECU"},
      {"Egypt", "EGY"},
      {"El Salvador", "SLV"},
      {"Equatorial Guinea", "GNQ"},
      {"Eritrea", "ERI"},
      {"Estonia", "EST"},
      {"Eswatini", "SWZ"},
      {"Ethiopia", "ETH"},
      {"Fiji", "FJI"},
      {"Finland", "FIN"},
      {"France", "FRA"},
      {"Gabon", "GAB"},
      {"Gambia", "GMB"},
      {"Georgia", "GEO"},
      {"Germany", "DEU"},
      {"Ghana", "GHA"},
      {"Greece", "GRC"},
      {"Grenada", "GRD"},
      {"Guatemala", "GTM"},
      {"Guinea", "GIN"},
      {"Guinea-Bissau", "GNB"},
      {"Guyana", "GUY"},
      {"Haiti", "HTI"},
      {"Honduras", "HND"},
      {"Hungary", "HUN"},
      {"Iceland", "ISL"},
      {"India", "IND"},
      {"Indonesia", "IDN"},
      {"Iran", "IRN"},
      {"Iraq", "IRQ"},
      {"Ireland", "IRL"},
      {"Israel", "ISR"},
      {"Italy", "ITA"},
      {"Jamaica", "JAM"},
      {"Japan", "JPN"},
      {"Jordan", "JOR"},
      {"Kazakhstan", "KAZ"},
      {"Kenya", "KEN"},
      {"Kiribati", "KIR"},
      {"Kuwait", "KWT"},
      {"Kyrgyzstan", "KGZ"},
      {"Laos", "LAO"},
      {"Latvia", "LVA"},
      {"Lebanon", "LBN"},
      {"Lesotho", "LSO"},
      {"Liberia", "LBR"},
      {"Libya", "LBY"},
      {"Liechtenstein", "LIE"},
      {"Lithuania", "LTU"},
      {"Luxembourg", "LUX"},
      {"Madagascar", "MDG"},
      {"Malawi", "MWI"},
      {"Malaysia", "MYS"},
      {"Maldives", "MDV"},
      {"Mali", "MLI"},
      {"Malta", "MLT"},
      {"Marshall Islands", "MHL"},
      {"Mauritania", "MRT"},
      {"Mauritius", "MUS"},
      {"Mexico", "MEX"},
      {"Micronesia", "FSM"},
      {"Moldova", "MDA"},
      {"Monaco", "MCO"},
      {"Mongolia", "MNG"},
      {"Montenegro", "MNE"},
      {"Morocco", "MAR"},
      {"Mozambique", "MOZ"},
      {"Myanmar", "MMR"},
      {"Namibia", "NAM"},
      {"Nauru", "NRU"},
      {"Nepal", "NPL"},
      {"Netherlands", "NLD"},
      {"New Zealand", "NZL"},
      {"Nicaragua", "NIC"},
      {"Niger", "NER"},
      {"Nigeria", "NGA"},
      {"North Macedonia", "MKD"},
      {"Norway", "NOR"},
      {"Oman", "OMN"},
      {"Pakistan", "PAK"},
      {"Palau", "PLW"},
      {"Panama", "PAN"},
      {"Papua New Guinea", "PNG"},
      {"Paraguay", "PRY"},
      {"Peru", "PER"},
      {"Philippines", "PHL"},
      {"Poland", "POL"},
      {"Portugal", "PRT"},
      {"Qatar", "QAT"},
      {"South Korea", "KOR"},
      {"Romania", "ROU"},
      {"Russia", "RUS"},
      {"Rwanda", "RWA"},
      {"Saint Kitts and Nevis", "KNA"},
      {"Saint Lucia", "LCA"},
      {"Saint Vincent and the Grenadines", "VCT"},
      {"Samoa", "WSM"},
      {"San Marino", "SMR"},
      {"São Tomé and Príncipe", "STP"},
      {"Saudi Arabia", "SAU"},
      {"Senegal", "SEN"},
      {"Serbia", "SRB"},
      {"Seychelles", "SYC"},
      {"Sierra Leone", "SLE"},
      {"Singapore", "SGP"},
      {"Slovakia", "SVK"},
      {"Slovenia", "SVN"},
      {"Solomon Islands", "SLB"},
      {"Somalia", "SOM"},
      {"South Africa", "ZAF"},
      {"South Sudan", "SSD"},
      {"Spain", "ESP"},
      {"Sri Lanka", "LKA"},
      {"Sudan", "SDN"},
      {"Suriname", "SUR"},
      {"Sweden", "SWE"},
      {"Switzerland", "CHE"},
      {"Syria", "SYR"},
      {"Tajikistan", "TJK"},
      {"Thailand", "THA"},
      {"Timor-Leste", "TLS"},
      {"Togo", "TGO"},
      {"Tonga", "TON"},
      {"Trinidad and Tobago", "TTO"},
      {"Tunisia", "TUN"},
      {"Turkey", "TUR"},
      {"Turkmenistan", "TKM"},
      {"Tuvalu", "TUV"},
      {"Uganda", "UGA"},
      {"Ukraine", "UKR"},
      {"United Arab Emirates", "ARE"},
      {"United Kingdom", "GBR"},
      {"Tanzania", "TZA"},
      {"United States", "USA"},
      {"Uruguay", "URY"},
      {"Uzbekistan", "UZB"},
      {"Vanuatu", "VUT"},
      {"Venezuela", "VEN"},
      {"Vietnam", "VNM"},
      {"Yemen", "YEM"},
      {"Zambia", "ZMB"},
      {"Zimbabwe", "ZWE"},
  };
  return members;
}

// Observer states and the two partly recognized states news writes about.
const std::vector<Country>& Others() {
  static const std::vector<Country> others = {
      {"Palestine", "PSE"},
      {"Vatican City", "VAT"},
      {"Taiwan", "TWN"},
      {"Kosovo", "UNK"},  // no ISO 3166-1 code; the pack uses "UNK"
  };
  return others;
}

// Other names news uses for the same states.
const std::vector<Country>& OtherNames() {
  static const std::vector<Country> names = {
      {"Côte d'Ivoire", "CIV"},
      {"Türkiye", "TUR"},
      {"East Timor", "TLS"},
      {"Cabo Verde", "CPV"},
      {"Czech Republic", "CZE"},
      {"Burma", "MMR"},
      {"The Gambia", "GMB"},
      {"The Bahamas", "BHS"},
      {"Holy See", "VAT"},
      {"State of Palestine", "PSE"},
      {"Britain", "GBR"},
      {"United States of America", "USA"},
      {"Russian Federation", "RUS"},
      {"Republic of Korea", "KOR"},
      {"Viet Nam", "VNM"},
      {"DRC", "COD"},
  };
  return names;
}

const Gazetteer& DiplomacyGazetteer() {
  static const std::unique_ptr<Gazetteer> g = [] {
    Result<RulePack> pack = LoadBuiltinRulePack("diplomacy");
    REQUIRE_MESSAGE(pack.ok(), pack.status().ToString());
    Result<std::unique_ptr<Gazetteer>> r =
        Gazetteer::Build(pack->actors, pack->common_words);
    REQUIRE_MESSAGE(r.ok(), r.status().ToString());
    return std::move(*r);
  }();
  return *g;
}

// Checks that "<name> signed the treaty." gives exactly one mention, of the
// whole name, naming the country `id`.
void CheckRecognized(const Country& c) {
  CAPTURE(c.name);
  const Gazetteer& g = DiplomacyGazetteer();
  const std::string sentence = std::string(c.name) + " signed the treaty.";
  std::vector<GazetteerHit> hits = g.Find(sentence);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].begin == 0);
  CHECK(hits[0].end == c.name.size());
  CHECK(g.actor(hits[0].actor).id == c.id);
  CHECK(g.actor(hits[0].actor).type == ActorType::kCountry);
}

TEST_CASE("UN members: the table has the 193 member states and 4 others") {
  CHECK(UnMembers().size() + Others().size() == 193 + 4);
  // No state twice.
  std::vector<std::string_view> ids;
  for (const auto* table : {&UnMembers(), &Others()})
    for (const Country& c : *table) ids.push_back(c.id);
  std::sort(ids.begin(), ids.end());
  CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

TEST_CASE(
    "UN members: every member state is recognized under its common name") {
  for (const Country& c : UnMembers()) CheckRecognized(c);
}

TEST_CASE("UN members: observer states, Taiwan and Kosovo are recognized") {
  for (const Country& c : Others()) CheckRecognized(c);
}

TEST_CASE("UN members: other names in news use") {
  for (const Country& c : OtherNames()) CheckRecognized(c);
}

TEST_CASE("UN members: each state's canonical name is its actor's name") {
  const Gazetteer& g = DiplomacyGazetteer();
  for (const auto* table : {&UnMembers(), &Others()}) {
    for (const Country& c : *table) {
      CAPTURE(c.id);
      int i = g.FindId(c.id);
      REQUIRE(i >= 0);
      // The name in the table names this actor when looked up exactly.
      CHECK(g.Lookup(c.name) == i);
    }
  }
}

}  // namespace
}  // namespace kg::extract
