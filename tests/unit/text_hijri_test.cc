// The Hijri calendar: Umm al-Qura dates to Gregorian days (text::HijriToGregorian). The pairs
// are checked against a second source: the weekday the news gives them, or the day Saudi
// Arabia kept the feast.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "marsad/text.h"

namespace marsad::text {
namespace {

namespace ch = std::chrono;

std::string Gregorian(int y, int m, int d) {
  GregorianDay g;
  if (!HijriToGregorian(y, m, d, &g)) return "none";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", g.year, g.month, g.day);
  return buf;
}

unsigned Weekday(int y, int m, int d) {  // 0 = Sunday
  GregorianDay g;
  EXPECT_TRUE(HijriToGregorian(y, m, d, &g));
  return ch::weekday(ch::sys_days(ch::year(g.year) / ch::month(g.month) / ch::day(g.day))).c_encoding();
}

TEST(TextHijri, UmmAlQuraDays) {
  // Eid al-Fitr 1436: Friday 17 July 2015 in Saudi Arabia.
  EXPECT_EQ(Gregorian(1436, 10, 1), "2015-07-17");
  EXPECT_EQ(Weekday(1436, 10, 1), 5u);
  // The first of Ramadan 1436: Thursday 18 June 2015.
  EXPECT_EQ(Gregorian(1436, 9, 1), "2015-06-18");
  EXPECT_EQ(Weekday(1436, 9, 1), 4u);
  // The Qatif mosque bombing, "صباح يوم الجمعة 4/8/1436": Friday 22 May 2015.
  EXPECT_EQ(Gregorian(1436, 8, 4), "2015-05-22");
  EXPECT_EQ(Weekday(1436, 8, 4), 5u);
  // The Hijri new year 1437: Wednesday 14 October 2015; the last day of 1436 the day before.
  EXPECT_EQ(Gregorian(1437, 1, 1), "2015-10-14");
  EXPECT_EQ(Weekday(1437, 1, 1), 3u);
  EXPECT_EQ(Gregorian(1436, 12, 30), "2015-10-13");
}

// Day 30 of a month of 29 days is the next month's first (Ramadan 1436 had 29 days).
TEST(TextHijri, TheThirtiethOfAShortMonth) { EXPECT_EQ(Gregorian(1436, 9, 30), "2015-07-17"); }

TEST(TextHijri, FieldsOutOfRange) {
  EXPECT_EQ(Gregorian(1436, 0, 1), "none");
  EXPECT_EQ(Gregorian(1436, 13, 1), "none");
  EXPECT_EQ(Gregorian(1436, 1, 0), "none");
  EXPECT_EQ(Gregorian(1436, 1, 31), "none");
  EXPECT_EQ(Gregorian(0, 1, 1), "none");
}

// Each thread has its own calendar: the same answers from two threads at once.
TEST(TextHijri, FromTwoThreads) {
  std::string a, b;
  std::thread t1([&] {
    for (int k = 0; k < 200; ++k) a = Gregorian(1436, 8, 4);
  });
  std::thread t2([&] {
    for (int k = 0; k < 200; ++k) b = Gregorian(1434, 1, 24);
  });
  t1.join();
  t2.join();
  EXPECT_EQ(a, "2015-05-22");
  EXPECT_EQ(b, "2012-12-08");
}

}  // namespace
}  // namespace marsad::text
