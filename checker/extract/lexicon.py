"""Lexicons for English money extraction: currencies, magnitudes, number words, qualifiers."""

from decimal import Decimal

from checker.model import Qualifier

# Symbols and symbol-prefixes written before (or, for a few, after) the digits.
# Keys are lower-case; "$" alone is US dollars unless the document says otherwise.
SYMBOLS: dict[str, str] = {
    "us$": "USD",
    "u.s.$": "USD",
    "u.s. $": "USD",
    "u.s $": "USD",
    "us $": "USD",
    "usd$": "USD",
    "hk$": "HKD",
    "hk $": "HKD",
    "s$": "SGD",
    "sg$": "SGD",
    "a$": "AUD",
    "au$": "AUD",
    "aud$": "AUD",
    "c$": "CAD",
    "c $": "CAD",
    "ca$": "CAD",
    "cad$": "CAD",
    "nt$": "TWD",
    "r$": "BRL",
    "mex$": "MXN",
    "mx$": "MXN",
    "mxn$": "MXN",
    "nz$": "NZD",
    "nzd$": "NZD",
    "n$": "NAD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "￥": "JPY",  # the full-width sign, like "¥", is yen or yuan as the document settles
    "₹": "INR",
    "₩": "KRW",
    "₿": "BTC",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
    "₵": "GHS",
    "gh₵": "GHS",
    "gh¢": "GHS",  # the cedi as Ghanaian papers write it, with the cent sign
    "ksh": "KES",
    "ush": "UGX",
    "tsh": "TZS",
    "₱": "PHP",
    "₫": "VND",
    "ரூ": "LKR",
    "rs": "INR",
    "rs.": "INR",
}

# Letters written before a number with no space that mark a currency all the same: "KSh62.1bn",
# "Rs120". Other letter prefixes need a space or a "$" ("US 5" is not money, "US$5" is).
GLUED_SYMBOL_LETTERS: frozenset[str] = frozenset({"rs", "ksh", "ush", "tsh"})

# Letters before a number that mark a currency only when a magnitude follows: "R250
# billion", "R2.6bn" (South African rand), "Ps62.3 billion" (Mexican pesos, as Mexican
# companies report); a bare "R2" is a model or a road, "PS5" a games console.
# "N161.9 billion" is Nigerian naira, as Nigerian papers write it; "SR4.96 billion" Saudi
# riyals, "QR14.4 billion" Qatari riyals, "Dh6.2 billion" and "Dhs 3bn" UAE dirhams, "RM8.1
# billion" ringgit, "Rp5 trillion" rupiah, "Tk500 crore" taka, "Wn4.8 billion" won, and "¢611
# million" the cedi as Ghanaian papers wrote it (a cent sign before millions is never cents).
# Markers of two characters or more may stand one space before the number ("SR 4.96 billion").
GLUED_LETTERS_WITH_MAGNITUDE: dict[str, str] = {
    "R": "ZAR",
    "Ps": "MXN",
    "N": "NGN",
    "SR": "SAR",
    "QR": "QAR",
    "Dh": "AED",
    "Dhs": "AED",
    "RM": "MYR",
    "Rp": "IDR",
    "Tk": "BDT",
    "Wn": "KRW",
    "¢": "GHS",
}
# Letters before an amount with its magnitude that stand for a currency name whose country the
# story settles (`COUNTRY_NAMES`): "Sh 3.8 billion" in a Kenyan story is Kenyan shillings.
GLUED_LETTER_NAMES: dict[str, str] = {"Sh": "shillings", "Shs": "shillings"}
# The magnitudes that make them money, as written: "R40m", "R2.6bn"; never a capital
# letter ("R1T" is a truck, "R2B" a code).
GLUED_LETTER_MAGNITUDES: frozenset[str] = frozenset(
    {"m", "mn", "bn", "tn", "trn", "million", "billion", "trillion", "crore", "lakh"}
)

# ISO 4217 codes accepted next to an amount. Codes that are also common English
# words written in capitals ("ALL", "TOP", "CUP", "MAD") are left out on purpose.
ISO_CODES: frozenset[str] = frozenset(
    """USD EUR GBP JPY CNY RMB HKD SGD AUD CAD NZD CHF SEK NOK DKK INR PKR LKR NPR IDR KRW
    TWD THB MYR PHP VND SAR AED QAR KWD BHD OMR JOD ILS TRY RUB PLN CZK HUF RON BGN HRK
    ISK BRL MXN ARS CLP COP PEN ZAR NGN EGP KES GHS GHC MAD BTC XBT UGX TZS ZMW BDT NAD ETB
    DEM FRF ITL NLG BEF LUF ESP ATS PTE FIM IEP GRD VEB""".split()
)

# Codes written for another code's currency: "RMB" is the yuan's CNY, and "GHC", the old
# cedi's code, is how Ghanaian papers still write the cedi (GHS).
CODE_ALIASES: dict[str, str] = {"RMB": "CNY", "GHC": "GHS"}

# Codes of dollars: written before "$" they name which dollar it is ("NZD $2.4m", "CAD $350,000").
DOLLAR_CODES: frozenset[str] = frozenset("USD AUD NZD CAD HKD SGD TWD MXN".split())

# Codes written in lower case are read only for these, so "all" or "top" never count.
LOWERCASE_CODES: frozenset[str] = frozenset(
    """usd eur gbp jpy cny rmb hkd sgd aud cad nzd chf sek inr btc""".split()
)

# Currency names written after (or, rarely, before) the amount. Longest first when matched.
NAMES: dict[str, str] = {
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "hong kong dollars": "HKD",
    "hong kong dollar": "HKD",
    "singapore dollars": "SGD",
    "singapore dollar": "SGD",
    "new zealand dollars": "NZD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "dollars": "USD",
    "dollar": "USD",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "kuai": "CNY",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "british pounds": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "japanese yen": "JPY",
    "yen": "JPY",
    "indian rupees": "INR",
    "rupees": "INR",
    "rupee": "INR",
    "saudi riyals": "SAR",
    "riyals": "SAR",
    "riyal": "SAR",
    "rials": "IRR",
    "rial": "IRR",
    "iranian rials": "IRR",
    "omani rials": "OMR",
    "yemeni rials": "YER",
    "dirhams": "AED",
    "dirham": "AED",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "french francs": "FRF",
    "francs": "CHF",
    "franc": "CHF",
    "pesetas": "ESP",
    "peseta": "ESP",
    "finnish markka": "FIM",
    "markka": "FIM",
    "dutch guilders": "NLG",
    "guilders": "NLG",
    "deutsche marks": "DEM",
    "deutschmarks": "DEM",
    "won": "KRW",
    "mexican pesos": "MXN",
    "pesos": "MXN",
    "rand": "ZAR",
    "roubles": "RUB",
    "rubles": "RUB",
    "turkish lira": "TRY",
    "lira": "TRY",
    "swedish kronor": "SEK",
    "kronor": "SEK",
    "krona": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "reais": "BRL",
    "naira": "NGN",
    "bitcoins": "BTC",
    "bitcoin": "BTC",
    # Newswire style ("12.5 mln dlrs", "85.1 mln stg") and pre-euro currencies.
    "dlrs": "USD",
    "dlr": "USD",
    "u.s. dlrs": "USD",
    "u.s. dlr": "USD",
    "us dlrs": "USD",
    "canadian dlrs": "CAD",
    "canadian dlr": "CAD",
    "australian dlrs": "AUD",
    "australian dlr": "AUD",
    "hong kong dlrs": "HKD",
    "h.k. dlrs": "HKD",
    "hk dlrs": "HKD",
    "h.k. dollars": "HKD",
    "hk dollars": "HKD",
    "singapore dlrs": "SGD",
    "new zealand dlrs": "NZD",
    "new zealand dollar": "NZD",
    "taiwan dlrs": "TWD",
    "n.z. dlrs": "NZD",
    "n.z. dollars": "NZD",
    "nz dlrs": "NZD",
    "aust dlrs": "AUD",
    "s'pore dlrs": "SGD",
    "stg": "GBP",
    "marks": "DEM",
    "d-marks": "DEM",
    "d-mark": "DEM",
    "german marks": "DEM",
    "west german marks": "DEM",
    "deutsche mark": "DEM",
    "finnish marks": "FIM",
    "crowns": "SEK",
    "swedish crowns": "SEK",
    "danish crowns": "DKK",
    "norwegian crowns": "NOK",
    "czech crowns": "CZK",
    "norwegian krone": "NOK",
    "lire": "ITL",
    "italian lire": "ITL",
    "italian lira": "ITL",
    "guilder": "NLG",
    "baht": "THB",
    "belgian francs": "BEF",
    "luxembourg francs": "LUF",
    "french franc": "FRF",
    "belgian franc": "BEF",
    "philippine pesos": "PHP",
    "colombian pesos": "COP",
    "argentine pesos": "ARS",
    "chilean pesos": "CLP",
    "peso": "MXN",
    "pakistani rupees": "PKR",
    "pakistan rupees": "PKR",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "dinars": "KWD",
    "kuwaiti dinars": "KWD",
    "bahraini dinars": "BHD",
    "jordanian dinars": "JOD",
    "iraqi dinars": "IQD",
    "algerian dinars": "DZD",
    "tunisian dinars": "TND",
    "shillings": "KES",
    "kenyan shillings": "KES",
    "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS",
    "schillings": "ATS",
    "austrian schillings": "ATS",
    "escudos": "PTE",
    "drachmas": "GRD",
    "irish pounds": "IEP",
    "punts": "IEP",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "zlotys": "PLN",
    "forints": "HUF",
    "shekels": "ILS",
    "yuan renminbi": "CNY",
    "dls": "USD",
    "bolivars": "VEB",
}

# Names a hyphen may join to digits: "a 21.25-dlr-a-share offer", "a 100-yen coin". Names
# that also weigh or mean a word ("a 5-pound bag", "2-mark") are left out.
HYPHEN_NAMES: frozenset[str] = frozenset(
    """dlr dlrs dollar dollars yen euro euros franc francs stg lira lire rupee rupees yuan
    peso pesos""".split()
)

# Names whose currency depends on the country the story is about: the plain name, the
# currency for each country (ISO 3166 alpha-2) and the reading when the text names none, a
# weak one (the currency most text means today: francs are Swiss since 2002); None leaves
# the currency open while the figure stays money. "francs" in a
# Paris story are French francs, in a Brussels one Belgian francs; "dlrs" in a Toronto story
# are Canadian dollars.
_DOLLAR_COUNTRIES = {"CA": "CAD", "AU": "AUD", "HK": "HKD", "SG": "SGD", "NZ": "NZD", "TW": "TWD"}
# The dollars other than the US one.
OTHER_DOLLARS: frozenset[str] = frozenset(_DOLLAR_COUNTRIES.values())
# The currencies other than the US dollar whose hundredth is written "cents".
OTHER_CENTS: frozenset[str] = OTHER_DOLLARS | {"EUR", "ZAR"}
COUNTRY_NAMES: dict[str, tuple[dict[str, str], str | None]] = {
    "francs": ({"FR": "FRF", "BE": "BEF", "CH": "CHF", "LU": "LUF"}, "CHF"),
    "franc": ({"FR": "FRF", "BE": "BEF", "CH": "CHF", "LU": "LUF"}, "CHF"),
    "pesos": (
        {"MX": "MXN", "PH": "PHP", "CO": "COP", "AR": "ARS", "CL": "CLP", "UY": "UYU"},
        "MXN",
    ),
    "peso": ({"MX": "MXN", "PH": "PHP", "CO": "COP", "AR": "ARS", "CL": "CLP"}, "MXN"),
    "crowns": ({"SE": "SEK", "DK": "DKK", "NO": "NOK", "CZ": "CZK"}, "SEK"),
    "rupees": ({"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"}, "INR"),
    "rupee": ({"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"}, "INR"),
    "dinars": (
        {"KW": "KWD", "BH": "BHD", "JO": "JOD", "IQ": "IQD", "DZ": "DZD", "TN": "TND"},
        None,
    ),
    "shillings": ({"KE": "KES", "UG": "UGX", "TZ": "TZS", "AT": "ATS"}, None),
    "rials": ({"IR": "IRR", "OM": "OMR", "YE": "YER"}, None),
    "rial": ({"IR": "IRR", "OM": "OMR", "YE": "YER"}, None),
    "marks": ({"DE": "DEM", "FI": "FIM"}, "DEM"),
    "dollars": (_DOLLAR_COUNTRIES, "USD"),
    "dlrs": (_DOLLAR_COUNTRIES, "USD"),
    "dlr": (_DOLLAR_COUNTRIES, "USD"),
    # Cents are the dollar's of the story: "64 cts a share" in a Toronto story is Canadian.
    "cents": (_DOLLAR_COUNTRIES, "USD"),
    "cent": (_DOLLAR_COUNTRIES, "USD"),
    "cts": (_DOLLAR_COUNTRIES, "USD"),
    "ct": (_DOLLAR_COUNTRIES, "USD"),
}

# Names whose reading without a country is a guess (graded weak in `Mention.currency_note`).
WEAK_DEFAULT_NAMES: frozenset[str] = frozenset({"francs", "franc", "pesos", "peso", "crowns"})

# Names that are money only with a magnitude: "5 bln won", "20.61 billion marks", never
# "won 3 games" or "2024 marks the anniversary".
NAMES_NEEDING_MAGNITUDE: frozenset[str] = frozenset({"won", "marks", "crowns"})
# ... except after digits that only an amount is written with: a decimal point or thousands
# separators ("83,900 won", "7.9 won"), or a price per share after it ("361 won a share"); a
# verb follows a bare count ("Biden 306 won the race"). Exam marks keep the strict rule.
NAMES_AFTER_AMOUNT_DIGITS: frozenset[str] = frozenset({"won"})

# Names read from the dateline only: "dollars" is US dollars unless the story is filed from
# a dollar country; words such as "Canada" in the body do not change it.
DATELINE_ONLY_NAMES: frozenset[str] = frozenset(
    {"dollars", "dlrs", "dlr", "cents", "cent", "cts", "ct"}
)

# Dateline cities and the country they are in ("PARIS, March 3 -").
DATELINE_CITIES: dict[str, str] = {
    "paris": "FR",
    "lyon": "FR",
    "marseille": "FR",
    "brussels": "BE",
    "antwerp": "BE",
    "zurich": "CH",
    "geneva": "CH",
    "berne": "CH",
    "bern": "CH",
    "basle": "CH",
    "basel": "CH",
    "luxembourg": "LU",
    "mexico city": "MX",
    "monterrey": "MX",
    "manila": "PH",
    "bogota": "CO",
    "bogotá": "CO",
    "buenos aires": "AR",
    "santiago": "CL",
    "montevideo": "UY",
    "stockholm": "SE",
    "gothenburg": "SE",
    "copenhagen": "DK",
    "oslo": "NO",
    "prague": "CZ",
    "new delhi": "IN",
    "bombay": "IN",
    "mumbai": "IN",
    "calcutta": "IN",
    "madras": "IN",
    "karachi": "PK",
    "islamabad": "PK",
    "colombo": "LK",
    "kathmandu": "NP",
    "kuwait": "KW",
    "manama": "BH",
    "bahrain": "BH",
    "amman": "JO",
    "baghdad": "IQ",
    "algiers": "DZ",
    "tunis": "TN",
    "tehran": "IR",
    "muscat": "OM",
    "sanaa": "YE",
    "nairobi": "KE",
    "kampala": "UG",
    "dar es salaam": "TZ",
    "vienna": "AT",
    "frankfurt": "DE",
    "bonn": "DE",
    "hamburg": "DE",
    "munich": "DE",
    "duesseldorf": "DE",
    "dusseldorf": "DE",
    "berlin": "DE",
    "helsinki": "FI",
    "toronto": "CA",
    "ottawa": "CA",
    "montreal": "CA",
    "vancouver": "CA",
    "calgary": "CA",
    "sydney": "AU",
    "melbourne": "AU",
    "canberra": "AU",
    "perth": "AU",
    "brisbane": "AU",
    "hong kong": "HK",
    "singapore": "SG",
    "wellington": "NZ",
    "auckland": "NZ",
    "taipei": "TW",
}

# Words in a story that name a country ("the French government", "Belgium's").
COUNTRY_WORDS: dict[str, str] = {
    "france": "FR",
    "french": "FR",
    "belgium": "BE",
    "belgian": "BE",
    "switzerland": "CH",
    "swiss": "CH",
    "luxembourg": "LU",
    "mexico": "MX",
    "mexican": "MX",
    "philippines": "PH",
    "philippine": "PH",
    "colombia": "CO",
    "colombian": "CO",
    "argentina": "AR",
    "argentine": "AR",
    "chile": "CL",
    "chilean": "CL",
    "uruguay": "UY",
    "sweden": "SE",
    "swedish": "SE",
    "denmark": "DK",
    "danish": "DK",
    "norway": "NO",
    "norwegian": "NO",
    "czech": "CZ",
    "india": "IN",
    "indian": "IN",
    "pakistan": "PK",
    "pakistani": "PK",
    "sri lanka": "LK",
    "nepal": "NP",
    "kuwait": "KW",
    "kuwaiti": "KW",
    "bahrain": "BH",
    "jordan": "JO",
    "jordanian": "JO",
    "iraq": "IQ",
    "iraqi": "IQ",
    "algeria": "DZ",
    "tunisia": "TN",
    "iran": "IR",
    "iranian": "IR",
    "oman": "OM",
    "omani": "OM",
    "yemen": "YE",
    "yemeni": "YE",
    "kenya": "KE",
    "kenyan": "KE",
    "uganda": "UG",
    "tanzania": "TZ",
    "austria": "AT",
    "austrian": "AT",
    "germany": "DE",
    "german": "DE",
    "finland": "FI",
    "finnish": "FI",
}

# Names read before the digits ("dollar 22.5 million", "rmb 10", "sen 100,000").
PREFIX_NAMES: dict[str, str] = {"dollar": "USD", "dollars": "USD", "rmb": "CNY", "euro": "EUR"}

# Sub-units: name -> (currency, fraction of the main unit). A sub-unit after a
# main-unit amount ("3 dollars 50 cents") takes that amount's currency.
SUBUNITS: dict[str, tuple[str, Decimal]] = {
    "cents": ("USD", Decimal("0.01")),
    "cent": ("USD", Decimal("0.01")),
    "pence": ("GBP", Decimal("0.01")),
    "penny": ("GBP", Decimal("0.01")),
    "pennies": ("GBP", Decimal("0.01")),
    "p": ("GBP", Decimal("0.01")),
    "dimes": ("USD", Decimal("0.10")),
    "dime": ("USD", Decimal("0.10")),
    "satoshis": ("BTC", Decimal("0.00000001")),
    "satoshi": ("BTC", Decimal("0.00000001")),
    "mao": ("CNY", Decimal("0.1")),
    "cts": ("USD", Decimal("0.01")),
    "ct": ("USD", Decimal("0.01")),
    # Cents of a named dollar ("a par value of 20 H.K. Cents", "12 Australian cents").
    "h.k. cents": ("HKD", Decimal("0.01")),
    "hk cents": ("HKD", Decimal("0.01")),
    "hong kong cents": ("HKD", Decimal("0.01")),
    "u.s. cents": ("USD", Decimal("0.01")),
    "us cents": ("USD", Decimal("0.01")),
    "australian cents": ("AUD", Decimal("0.01")),
    "canadian cents": ("CAD", Decimal("0.01")),
    "singapore cents": ("SGD", Decimal("0.01")),
    "new zealand cents": ("NZD", Decimal("0.01")),
    "south african cents": ("ZAR", Decimal("0.01")),
    "euro cents": ("EUR", Decimal("0.01")),
    "paise": ("INR", Decimal("0.01")),
    "kobo": ("NGN", Decimal("0.01")),
    "pesewas": ("GHS", Decimal("0.01")),
}

# Magnitude words and abbreviations; single letters only count attached to digits.
MAGNITUDES: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "lakh crore": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    # Indian headlines' crore: "Rs 960Cr", "₹1,200 cr"; read only after a rupee amount
    # (`RUPEE_ONLY_MAGNITUDES`).
    "cr": Decimal(10) ** 7,
    "crs": Decimal(10) ** 7,
    "mln": Decimal(10) ** 6,
    "mlns": Decimal(10) ** 6,
    # Financial shorthand for thousand thousand: "$120.0MM", "$15.0 MM".
    "mm": Decimal(10) ** 6,
    # Malaysian and Singaporean English: "RM275 mil", "US$11.4 mil".
    "mil": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "bln": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "k": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "t": Decimal(10) ** 12,
}

# Magnitudes misspelled by a letter doubled or dropped, read as the word the writer meant:
# "$15.8 billlion", "Rs 40 milion".
MISSPELLED_MAGNITUDES: dict[str, str] = {
    "billlion": "billion",
    "bilion": "billion",
    "milion": "million",
    "millon": "million",
    "trilion": "trillion",
    "trillon": "trillion",
}
MAGNITUDES.update({typo: MAGNITUDES[word] for typo, word in MISSPELLED_MAGNITUDES.items()})

# Abbreviations that are a magnitude only after a rupee amount: "Rs 960Cr" is crore, "12 cr"
# alone may be credits.
RUPEE_ONLY_MAGNITUDES: frozenset[str] = frozenset({"cr", "crs"})

# Abbreviations that must touch the digits ("$500m", "€10B"), never stand apart.
ATTACHED_ONLY_MAGNITUDES: frozenset[str] = frozenset({"k", "m", "b", "t"})

# Magnitudes that give a bare amount (no currency at all) a claim to be money.
BARE_MAGNITUDES: frozenset[str] = frozenset(
    {
        "million",
        "billion",
        "trillion",
        "crore",
        "crores",
        "lakh crore",
        "bn",
        "mn",
        "tn",
        "mln",
        "bln",
    }
)

# Magnitudes written out in full: an amount spelled in words with one of them and no currency
# ("unemployment of more than five million", "back above a billion") is a size, while
# newswire shorthand keeps its tables' money ("Steels and forgings four mln vs 10 mln").
SPELLED_MAGNITUDES: frozenset[str] = frozenset({"million", "billion", "trillion"})

# Characters that, glued before an amount, make it negative: hyphen-minus, minus sign,
# en dash, figure dash, small and full-width hyphen-minus ("€−14 million", "-15€").
MINUS_SIGNS: frozenset[str] = frozenset("-\u2212\u2013\u2012\ufe63\uff0d")

# Words after an amount that make it a percentage, never money ("5 pct", "12 per cent").
PERCENT_WORDS: tuple[str, ...] = ("%", "per cent", "percent", "pct", "pc", "percentage points")

# Magnitudes that only Indian English uses; with no currency they suggest rupees.
INDIAN_MAGNITUDES: frozenset[str] = frozenset(
    {"crore", "crores", "cr", "crs", "lakh", "lakhs", "lakh crore"}
)

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

SCALE_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1000}

# Fractions and articles that stand for a number only before a magnitude or currency.
FRACTION_WORDS: dict[str, Decimal] = {
    "half a": Decimal("0.5"),
    "half an": Decimal("0.5"),
    "a half": Decimal("0.5"),
    "half": Decimal("0.5"),
    "a quarter": Decimal("0.25"),
    "quarter": Decimal("0.25"),
    "three quarters": Decimal("0.75"),
    "three quarters of a": Decimal("0.75"),
    "a": Decimal(1),
    "an": Decimal(1),
}

# Qualifier phrases that end right before the figure, longest first when matched.
QUALIFIERS: dict[str, Qualifier] = {
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "approx.": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "estimated at": Qualifier.ABOUT,
    "nearer": Qualifier.ABOUT,
    "closer to": Qualifier.ABOUT,
    "close to": Qualifier.NEARLY,
    "nearly": Qualifier.NEARLY,
    "almost": Qualifier.NEARLY,
    "just under": Qualifier.NEARLY,
    "a shade below": Qualifier.NEARLY,
    "a little under": Qualifier.NEARLY,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "a little over": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "north of": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "up to": Qualifier.UP_TO,
    "as much as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
    "at most": Qualifier.UP_TO,
    "less than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
}

# Phrases that end in a qualifier's words without qualifying the amount after them: "the
# parts add up to $9bn" states the total, not a cap on it.
NOT_QUALIFIERS: tuple[str, ...] = ("add up to", "adds up to", "added up to", "adding up to")

# Words that may follow a bare magnitude ("3 million in the third quarter") without
# making it a count of things ("400 million people").
FUNCTION_WORDS: frozenset[str] = frozenset(
    """in on at to from for by with when while and or but the a an last this that these
    those which who whom whose as than after before during between since until into onto
    over under per each a-year annually year-on-year was were is are be been will would
    could should may might has had have it its their his her our your between via
    against toward towards through within without about around up down off out earlier
    later ago more less vs versus compared""".split()
)

# Nouns of things and people counted: a bare amount they reach in their clause is a count,
# not money ("raising its customer base to 44.4 million", "subscribers rose 8% to 2.4
# million"), unless a money word stands between them.
COUNTED_NOUNS: frozenset[str] = frozenset(
    """customers customer subscribers subscriber users user members member passengers
    visitors employees staff workers people households accounts viewers readers listeners
    tourists travellers travelers downloads devices vehicles cars phones handsets units
    shares subscriptions connections""".split()
)

# Nouns after "of" that keep a bare amount money ("2 billion of revenue").
MONEY_NOUNS: frozenset[str] = frozenset(
    """revenue revenues sales funding capital debt investment investments cash profit
    profits income earnings losses loss value financing credit equity spending capex
    proceeds dividends dividend fees savings costs cost assets liabilities borrowing
    borrowings bonds loans""".split()
)

# Words in a sentence that make a bare amount plausibly money.
MONEY_CONTEXT: frozenset[str] = frozenset(
    """put paid pay pays paying raised raise raises raising invest invested investing
    investment investments worth valued valuation revenue revenues sales profit profits
    loss losses cost costs price priced spend spent spending funding fund funds cash
    debt forecast budget portfolio capital earned earn earnings sold bought buy buys
    deal bid offer proceeds income fees fee loan loans lent borrowed cheque check bill
    bills fine fined fines penalty penalties damages settlement compensation refund refunds
    tax taxes salary salaries bonus bonuses wages financing financed upfront""".split()
)

# Words of time that may follow a figure written without a unit ("closed at 21-1/4 today").
TIME_WORDS: frozenset[str] = frozenset({"today", "yesterday", "tonight"})

# Nouns (and their adjectives) naming an amount of money, after which a bare amount is one:
# "after a 9.8 mln profit a year before", "against a 12 mln net loss".
AMOUNT_NOUNS: frozenset[str] = frozenset(
    """profit profits loss losses deficit surplus shortfall writedown writedowns write-off
    write-offs net pretax pre-tax round deal investment fundraise fundraising loan bid offer
    fine takeover acquisition buyout valuation purchase payment settlement bailout""".split()
)

# Words between an amount with a unit and a later bare amount that make the two the sides of
# one comparison, so the bare one is in the same unit: "21 billion marks from 24.35 billion",
# "3.1bn rupees ($70m; £40m), against 2.4bn", "640 mln guilders, as compared to 598 mln",
# "14 mln tonnes, versus 12.2 mln" (tonnes: not money). A few words may stand on either side.
CARRY_CONNECTORS: tuple[str, ...] = (
    "against",  # "20 mln dlrs against a 15 mln profit"
    "compared with",  # "5 mln dlrs, compared with 4 mln"
    "compared to",  # "640 mln guilders, as compared to 1985's 598 mln"
    "versus",  # "14 mln tonnes, versus 12.2 mln last season"
    "vs",
    "vs.",
    "from",  # "21 billion marks from 24.35 billion"
    "after",  # "4bn rupees after 3.1bn"
    "to",  # "from 5 mln dlrs to 7 mln"
    "than",  # "224 mln stg, sharply narrower than January's 527 mln deficit"
)

# Words joining a bare number to the amount right after it that states the unit for both:
# "110 to 125 mln dlrs", "from 2.15 to 2.6 bln crowns", "45-50 cts a share", "seventy or
# sixty cents", "between 5 and 6 mln dlrs" ("and" only after "between").
SHARED_UNIT_JOINERS: tuple[str, ...] = ("to", "or", "-", "\u2013", "\u2014")

# Month names and abbreviations: a number after one is a day ("the year to March 31 to 20 mln
# dlrs" does not make 31 an amount).
MONTHS: frozenset[str] = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Denominators a wire writes share prices in ("12-5/8", "closed up 1/2", "3-1/2 cts").
QUOTE_DENOMINATORS: frozenset[int] = frozenset({2, 4, 8, 16, 32, 64})

# A bare fraction price is a stock quote after one of these ("Acme's stock closed up 3/8 at
# 21-1/4", "Zenith closed at 14-1/8, off 1/4", "Widget Corp shares fell 1-1/4 to 40-3/4")
# in a sentence naming shares or a stock (QUOTE_SUBJECTS); never a rate ("by 1/4 to 14 pct").
QUOTE_LEADS: tuple[str, ...] = (
    "closed at",
    "closed up",
    "closed down",
    "closed off",
    "closed",
    "traded at",
    "trading at",
    "at",
    "to",
    "off",
    "up",
    "down",
    "unchanged at",
    "high of",
    "low of",
    "rose",
    "rising",
    "fell",
    "falling",
    "gained",
    "lost",
    "dropped",
    "added",
    "eased",
    "slipped",
)
QUOTE_SUBJECTS: frozenset[str] = frozenset({"stock", "stocks", "shares", "share"})

# Verbs of a price move: a bare level after "to" is in the unit of the move before it
# ("Dunmore shares jumped 14p to 212" is 212p, "Kelso shares dipped 9p to 455"). The move
# writes no magnitude, and a level below a move in a sub-unit is left alone ("fell 40 cts to
# 18" may mean 18 dlrs).
MOVE_VERBS: frozenset[str] = frozenset(
    """jumped rose fell dipped gained lost added shed climbed slipped eased dropped rallied
    slumped surged firmed advanced declined jumping rising falling dipping gaining losing
    adding shedding climbing slipping easing dropping up down off""".split()
)

# European money formatting, as German, Swiss, Nordic and Dutch sources and translated items
# write it: "4,6 Mrd. Euro", "10,90 Euro", "EUR 1.234,5 Mio.", "13 Mrd. US-Dollar". Read by
# checker/extract/european.py, only where the form cannot be English ("1,234 euros" stays
# 1234). Magnitudes as written, matched without regard to case and never before a letter.
EUROPEAN_MAGNITUDES: dict[str, Decimal] = {
    "Mrd.": Decimal(10) ** 9,  # "4,6 Mrd. Euro"
    "Mrd": Decimal(10) ** 9,  # "CHF 2,5 Mrd"
    "Md.": Decimal(10) ** 9,  # "3,2 Md. Franken" (Swiss)
    "Milliarde": Decimal(10) ** 9,  # "1 Milliarde Euro"
    "Milliarden": Decimal(10) ** 9,  # "4,6 Milliarden Euro"
    "Mio.": Decimal(10) ** 6,  # "1,5 Mio. Euro"
    "Mio": Decimal(10) ** 6,  # "EUR 12 Mio"
    "Million": Decimal(10) ** 6,  # "1 Million Euro"
    "Millionen": Decimal(10) ** 6,  # "2,5 Millionen Franken"
    "Tsd.": Decimal(10) ** 3,  # "450 Tsd. Euro"
    "Tsd": Decimal(10) ** 3,  # "EUR 12,5 Tsd"
    "Tausend": Decimal(10) ** 3,  # "7,5 Tausend Euro"
}

# European magnitudes an English text never writes: after them a number's dot separates
# thousands ("14.955 Mio. EUR" is 14,955 million), and a bare amount with a decimal comma
# ("2,7 mrd") is European money waiting for its currency. "Million" is English too.
GERMAN_ONLY_MAGNITUDES: frozenset[str] = frozenset(
    key.lower() for key in EUROPEAN_MAGNITUDES if key.lower() != "million"
)

# Magnitude words after a European-formatted number that are left unread, with the figure:
# German "Billion(en)" is 10^12, English "billion" 10^9, and a "2,5 Billionen Euro" or
# "€2,5 billion" is not guessed at. Matched without regard to case ("Bio." is Billionen).
EUROPEAN_UNREAD_MAGNITUDES: tuple[str, ...] = (
    "billion",  # "2,5 Billion Euro", "€2,5 billion"
    "billionen",  # "1,2 Billionen Euro"
    "bio.",  # "3,4 Bio. Euro"
    "trillion",  # "€1,5 trillion"
    "bn",  # "€2,5bn"
    "mn",  # "€2,5 mn"
    "mln",  # "EUR 2,5 mln"
    "bln",  # "EUR 2,5 bln"
)

# Currency words after a European-formatted amount, as written (matched without regard to
# case, longest first, never before a letter or hyphen): a currency, or, for "Kronen" alone,
# the English name whose country the story settles (`COUNTRY_NAMES`).
EUROPEAN_CURRENCY_NAMES: dict[str, str] = {
    "Euro": "EUR",  # "4,6 Mrd. Euro"
    "Euros": "EUR",  # "10,90 euros"
    "US-Dollar": "USD",  # "13 Mrd. US-Dollar"
    "Dollar": "USD",  # "2,5 Mio. Dollar", read as "$" is
    "Schweizer Franken": "CHF",  # "3,2 Mrd. Schweizer Franken"
    "Franken": "CHF",  # "1,75 Franken"
    "dänische Kronen": "DKK",  # "4,1 Mrd. dänische Kronen"
    "dänischen Kronen": "DKK",  # "von 4,1 Mrd. dänischen Kronen"
    "schwedische Kronen": "SEK",  # "2,3 Mrd. schwedische Kronen"
    "schwedischen Kronen": "SEK",  # "von 2,3 Mrd. schwedischen Kronen"
    "norwegische Kronen": "NOK",  # "8,4 Mrd. norwegische Kronen"
    "norwegischen Kronen": "NOK",  # "von 8,4 Mrd. norwegischen Kronen"
    "Kronen": "crowns",  # "7,5 Mio. Kronen": Swedish, Danish or Norwegian by the story
    "Pfund": "GBP",  # "1,2 Mrd. Pfund"
    "Yen": "JPY",  # "3,5 Mrd. Yen"
    "Yuan": "CNY",  # "6,8 Mrd. Yuan"
}

# Names that are money only with a magnitude: "1,2 Mrd. Pfund", never "2,5 Pfund Kaffee"
# (German "Pfund" is also a weight of half a kilogram).
EUROPEAN_NAMES_NEEDING_MAGNITUDE: frozenset[str] = frozenset({"Pfund"})

# Words just before a European-formatted amount that qualify it, as `QUALIFIERS` do in
# English. "über" is left out: "ein Auftrag über 1,5 Mio. Euro" is an order worth that much.
EUROPEAN_QUALIFIERS: dict[str, Qualifier] = {
    "rund": Qualifier.ABOUT,  # "rund 4,6 Mrd. Euro"
    "etwa": Qualifier.ABOUT,  # "etwa 2,5 Mio. Franken"
    "ca.": Qualifier.ABOUT,  # "ca. 1,2 Mio. Euro"
    "circa": Qualifier.ABOUT,  # "circa 300 Mio. Euro"
    "ungefähr": Qualifier.ABOUT,  # "ungefähr 1,5 Mrd. Euro"
    "knapp": Qualifier.NEARLY,  # "knapp 5 Mrd. Euro"
    "fast": Qualifier.NEARLY,  # "fast 2 Mrd. Euro"
    "beinahe": Qualifier.NEARLY,  # "beinahe 1 Mrd. Euro"
    "mehr als": Qualifier.MORE_THAN,  # "mehr als 3 Mrd. Euro"
    "mindestens": Qualifier.AT_LEAST,  # "mindestens 40 Mio. Euro"
    "bis zu": Qualifier.UP_TO,  # "bis zu 2,5 Mrd. Euro"
    "höchstens": Qualifier.UP_TO,  # "höchstens 10 Mio. Euro"
    "weniger als": Qualifier.LESS_THAN,  # "weniger als 1 Mio. Euro"
}
