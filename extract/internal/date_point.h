// Internal: one end of a date value at some precision, and its EDTF form.
//
//   DatePoint p{2016, 3, 0, Precision::kMonth, DateSource::kSentence};
//   ToEdtf(p);  // "2016-03"
//   ToEdtf({2010, 0, 0, Precision::kDecade, DateSource::kSentence});  // "201X"
//
// Plain values; every function is pure and thread-safe.
#ifndef KG_EXTRACT_INTERNAL_DATE_POINT_H_
#define KG_EXTRACT_INTERNAL_DATE_POINT_H_

#include <string>

#include "extract/date_normalizer.h"
#include "extract/document.h"

namespace kg::extract::internal {

/// How much of a DatePoint is known, coarsest first.
enum class Precision { kCentury, kDecade, kYear, kMonth, kDay };

struct DatePoint {
  int year = 0;   ///< 0 until known (a date written without its year)
  int month = 0;  ///< 1-12 from kMonth on
  int day = 0;    ///< 1-31 at kDay
  Precision precision = Precision::kYear;
  /// Where the year (or, for relative dates, the reference day) came from.
  DateSource source = DateSource::kSentence;
};

/// `date` (which has a month and a day) at day precision.
DatePoint DayPoint(const CivilDate& date, DateSource source);

/// The EDTF string: "19XX" (century), "201X" (decade), "2016", "2016-03" or
/// "2016-03-12"; years are zero-padded to 4 digits, months and days to 2.
std::string ToEdtf(const DatePoint& p);

/// A key that orders points by their first day (a year or decade starts on
/// its 1 January). Only meaningful once the year is known.
long StartKey(const DatePoint& p);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_DATE_POINT_H_
