/* The language of messages: chosen per call (load and validate options), else from the environment
 * as GNU gettext would choose it, and the Swedish catalogue compiled in from po/sv.po.
 *
 * Why not gettext(3) itself: it takes the language from the process locale (setlocale, LANGUAGE),
 * which one process serving users of both languages cannot change per call without races, and it
 * needs the .mo file installed where the library was configured to look. The catalogue is the
 * same po/sv.po, compiled into the library (po/catalogue.py), so a message is looked up with
 * nothing but the language in hand. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "catalogue.h"

/* The language of the call in progress on this thread (SP_LANGUAGE_DEFAULT outside one): set by
 * a public function for its duration, so that every message it makes, however deep, is in it. */
static _Thread_local sp_language call_language;

static bool starts_with_language(const char *name, const char *code)
{
	size_t n = strlen(code);
	return strncmp(name, code, n) == 0 && (name[n] == '\0' || strchr("_.@:", name[n]));
}

SP_API sp_language sp_language_default(void)
{
	/* The locale category LC_MESSAGES as setlocale(LC_ALL, "") would set it. */
	const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *locale = NULL;
	for (size_t i = 0; i < 3 && !locale; i++) {
		const char *value = getenv(names[i]);
		if (value && *value)
			locale = value;
	}
	/* As in gettext, LANGUAGE is ignored under the C locale. */
	if (!locale || strcmp(locale, "POSIX") == 0 || starts_with_language(locale, "C"))
		return SP_LANGUAGE_EN;
	const char *priority = getenv("LANGUAGE");
	for (const char *entry = priority; entry && *entry; entry += strcspn(entry, ":"), entry += *entry == ':') {
		if (starts_with_language(entry, "sv"))
			return SP_LANGUAGE_SV;
		if (starts_with_language(entry, "en"))
			return SP_LANGUAGE_EN;
	}
	/* LANGUAGE naming only languages without a catalogue: gettext gives the English text. */
	if (priority && *priority)
		return SP_LANGUAGE_EN;
	return starts_with_language(locale, "sv") ? SP_LANGUAGE_SV : SP_LANGUAGE_EN;
}

static sp_language resolve(sp_language language)
{
	return language == SP_LANGUAGE_EN || language == SP_LANGUAGE_SV ? language : sp_language_default();
}

static int by_english(const void *key, const void *entry)
{
	return strcmp(key, ((const sp__translation *)entry)->english);
}

SP_API const char *sp_translate(sp_language language, const char *english)
{
	if (!english || resolve(language) != SP_LANGUAGE_SV)
		return english;
	const sp__translation *found =
		bsearch(english, sp__catalogue_sv, sp__catalogue_sv_count, sizeof(sp__catalogue_sv[0]), by_english);
	return found ? found->swedish : english;
}

const char *sp__tr(const char *english)
{
	return sp_translate(call_language, english);
}

sp_language sp__language(void)
{
	return resolve(call_language);
}

const char *sp__strerror(int errnum)
{
	/* strerror() speaks the process locale's language, which the library does not set (rsp and Python
	 * leave it C: "No such file or directory" in a Swedish message); strerror_l() takes the locale of
	 * the call's language, and the C library's own translation of it ("Filen eller katalogen finns
	 * inte", from libc's catalogue), where the system has a Swedish locale; else the English text. */
	static const char *const swedish[] = { "sv_SE.UTF-8", "sv_SE.utf8", "sv_FI.UTF-8", "sv_FI.utf8" };
	static _Thread_local char text[256];
	locale_t locale = (locale_t)0;
	for (size_t i = 0; sp__language() == SP_LANGUAGE_SV && !locale && i < sizeof(swedish) / sizeof(swedish[0]); i++)
		locale = newlocale(LC_MESSAGES_MASK | LC_CTYPE_MASK, swedish[i], (locale_t)0);
	if (!locale)
		locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (!locale)
		return strerror(errnum);
	snprintf(text, sizeof(text), "%s", strerror_l(errnum, locale));
	freelocale(locale);
	return text;
}

sp_language sp__language_enter(sp_language language)
{
	sp_language outer = call_language;
	call_language = resolve(language);
	return outer;
}

void sp__language_restore(const sp_language *outer)
{
	call_language = *outer;
}
