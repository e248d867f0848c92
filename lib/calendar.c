/*
 * Dates as YYYYMMDD: checking them, counting days between them, today's
 * date, and the report's deadline (31 January of the following year).
 */
#include <time.h>

#include "internal.h"

/* YYYYMMDD holds four-digit years. */
#define LAST_YEAR 9999

static bool is_real_date(int32_t ymd)
{
	int32_t year = ymd / 10000, month = ymd / 100 % 100, day = ymd % 100;
	return ymd > 0 && year >= 1 && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 &&
	       day <= sp__days_in_month(year, month);
}

/* Howard Hinnant's days_from_civil, so that no time zone, locale or mktime range plays a part. */
int64_t sp__day_number(int32_t ymd)
{
	int64_t year = ymd / 10000, month = ymd / 100 % 100, day = ymd % 100;
	year -= month <= 2;
	int64_t era = year / 400;
	int64_t year_of_era = year - era * 400;
	int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
	return era * 146097 + day_of_era - 719468;
}

int sp__resolve_today(int32_t *out, int32_t today, sp_error *err)
{
	if (today == 0) {
		time_t now = time(NULL);
		struct tm tm;
		if (now == (time_t)-1 || !gmtime_r(&now, &tm)) {
			sp__error(err, SP_ERROR, "the current date is not available");
			return SP_ERROR;
		}
		today = (int32_t)((tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday);
	}
	if (!is_real_date(today)) {
		sp__error(err, SP_EINVAL, "today (%ld) is not a date YYYYMMDD", (long)today);
		return SP_EINVAL;
	}
	*out = today;
	return 0;
}

int32_t sp__deadline_of(int64_t year)
{
	return year >= 0 && year < LAST_YEAR ? (int32_t)((year + 1) * 10000 + 131) : 0;
}

SP_API int sp_report_deadline(int64_t *days_left, int32_t *deadline, const sp_report *report, int32_t today,
                              sp_error *err)
{
	if (days_left)
		*days_left = 0;
	if (deadline)
		*deadline = 0;
	if (!days_left || !report) {
		sp__error(err, SP_EINVAL, "sp_report_deadline needs somewhere to put the days and a report");
		return SP_EINVAL;
	}
	int32_t due = sp__deadline_of(sp_report_year(report));
	if (!due) {
		sp__error(err, SP_EINVAL, "the report has no year between 0 and %d", LAST_YEAR - 1);
		return SP_EINVAL;
	}
	int rc = sp__resolve_today(&today, today, err);
	if (rc)
		return rc;
	*days_left = sp__day_number(due) - sp__day_number(today);
	if (deadline)
		*deadline = due;
	return 0;
}
