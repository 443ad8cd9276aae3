"""Labels of the heldout2 corpus, written by hand; tools/build.py turns them into jsonl.

MENTIONS[doc] = [(tag, text, value, currency, entity, metric, period), ...] in document order.
PROBLEMS = [(id, type, [tags: flagged figure first], explanation)]
TRAPS = [(id, [tags], why_consistent)]
"""

B, M, K = 1e9, 1e6, 1e3
CR, LAKH = 1e7, 1e5
MENTIONS, PROBLEMS, TRAPS = {}, [], []

# ---------------------------------------------------------------- 01 Databricks wire
D = "01_databricks_series_j_wire.md"
MENTIONS[D] = [
    (None, "$10 Billion", 10 * B, "USD", "Databricks", "funding", "2024-12"),
    (None, "$62 Billion", 62 * B, "USD", "Databricks", "valuation", "2024-12"),
    ("d01.total", "$10 billion", 10 * B, "USD", "Databricks", "funding", "2024-12"),
    ("d01.val", "$62 billion", 62 * B, "USD", "Databricks", "valuation", "2024-12"),
    ("d01.part1", "$8.6 billion", 8.6 * B, "USD", "Databricks", "funding", "2024-12"),
    ("d01.part2", "$2.4 billion", 2.4 * B, "USD", "Databricks", "funding", "2024-12"),
    ("d01.usd", "$10 billion", 10 * B, "USD", "Databricks", "funding", "2024-12"),
    ("d01.eur", "€9.5 billion", 9.5 * B, "EUR", "Databricks", "funding", "2024-12"),
    ("d01.seriesi_val", "$43 billion", 43 * B, "USD", "Databricks", "valuation", "2023-09"),
    ("d01.seriesi", "$500 million", 500 * M, "USD", "Databricks", "funding", "2023-09"),
    (None, "$3 billion", 3 * B, "USD", "Databricks", "revenue", "2025-01"),
    (None, "$1.3 billion", 1.3 * B, "USD", "MosaicML", "price_paid", "2023-06"),
    (None, "$1 billion", 1 * B, "USD", "Tabular", "price_paid", "2024-06"),
    ("d01.oai_raise", "$6.6 billion", 6.6 * B, "USD", "OpenAI", "funding", "2024-10"),
    ("d01.oai_val", "$157 billion", 157 * B, "USD", "OpenAI", "valuation", "2024-10"),
]
PROBLEMS += [
    (
        "sum1",
        "sum-mismatch",
        ["d01.part2", "d01.total", "d01.part1"],
        "The Series J is $10 billion, of which $8.6 billion is committed, so the remainder is $1.4 billion; the text says $2.4 billion, and $8.6bn + $2.4bn = $11.0bn, not $10bn.",
    ),
]
TRAPS += [
    (
        "d01a",
        ["d01.usd", "d01.eur"],
        "At the ECB rate for 2024-12-18 (0.953 EUR per USD) $10 billion is €9.53 billion; €9.5 billion is right.",
    ),
    (
        "d01b",
        ["d01.val", "d01.seriesi_val"],
        "$62bn / $43bn = 1.442: the new price is 44% above the September 2023 valuation, as stated.",
    ),
    (
        "d01c",
        ["d01.total", "d01.seriesi"],
        "$10bn / $500m = 20: 'twenty times the size of that Series I' checks out (the Series I was 'more than' $500m, so at most twenty times).",
    ),
]

# ---------------------------------------------------------------- 02 Databricks Q&A
D = "02_databricks_qa.md"
MENTIONS[D] = [
    ("d02.title", "$15 billion", 15 * B, "USD", "Databricks", "other", "2025-01"),
    ("d02.eq", "$10 billion", 10 * B, "USD", "Databricks", "funding", "2024-12"),
    ("d02.val", "$62 billion", 62 * B, "USD", "Databricks", "valuation", "2024-12"),
    ("d02.debt", "$5.25 billion", 5.25 * B, "USD", "Databricks", "other", "2025-01"),
    ("d02.total", "$15.25 billion", 15.25 * B, "USD", "Databricks", "other", "2025-01"),
    ("d02.debt_bare", "$5.25", 5.25, "USD", "Databricks", "other", "2025-01"),
    (None, "$1 billion", 1 * B, "USD", "Databricks", "funding", "2021-02"),
    ("d02.g_val", "$28 billion", 28 * B, "USD", "Databricks", "valuation", "2021-02"),
    (None, "$1.6 billion", 1.6 * B, "USD", "Databricks", "funding", "2021-08"),
    (None, "$38 billion", 38 * B, "USD", "Databricks", "valuation", "2021-08"),
    ("d02.h_val", "$38 billion", 38 * B, "USD", "Databricks", "valuation", "2021-08"),
    ("d02.val2", "$62 billion", 62 * B, "USD", "Databricks", "valuation", "2024-12"),
    (None, "$500 million", 500 * M, "USD", "Databricks", "funding", "2023-09"),
    ("d02.i_val", "$34 billion", 34 * B, "USD", "Databricks", "valuation", "2023-09"),
    ("d02.val3", "$62 billion", 62 * B, "USD", "Databricks", "valuation", "2024-12"),
    ("d02.gbp", "£50 billion", 50 * B, "GBP", "Databricks", "valuation", "2024-12"),
    ("d02.rr", "$3 billion", 3 * B, "USD", "Databricks", "revenue", "2025-01"),
    (None, "$1 million", 1 * M, "USD", "Databricks", "other", None),
]
PROBLEMS += [
    (
        "ms1",
        "missing-scale",
        ["d02.debt_bare", "d02.debt"],
        "'the $5.25 package' has lost its magnitude: the debt financing is $5.25 billion two paragraphs earlier.",
    ),
    (
        "fc1",
        "figure-conflict",
        ["d02.i_val", "d01.seriesi_val"],
        "Databricks' September 2023 Series I valuation is $34 billion here but $43 billion in doc 01 (transposed digits; $43bn is the reported figure).",
    ),
    (
        "mm1",
        "multiple-mismatch",
        ["d02.val2", "d02.g_val"],
        "'more than tripled' since the Series G: $62bn / $28bn = 2.2 times, not more than 3.",
    ),
]
TRAPS += [
    (
        "d02a",
        ["d02.total", "d02.eq", "d02.debt"],
        "$10bn of equity + $5.25bn of debt = $15.25bn, as stated.",
    ),
    (
        "d02b",
        ["d02.title", "d02.total"],
        "The headline's '$15 billion' is the $15.25 billion total rounded down.",
    ),
    ("d02c", ["d02.val2", "d02.h_val"], "$62bn / $38bn = 1.632: a 63% gain, as stated."),
    (
        "d02d",
        ["d02.val3", "d02.gbp"],
        "At the ECB rate for 2025-01-23 (about 0.81 GBP per USD) $62 billion is about £50 billion.",
    ),
    (
        "d02e",
        ["d02.val", "d02.rr"],
        "Valuation and revenue run-rate are different metrics; $62bn / $3bn = 20.7, 'around 20 times that run-rate'.",
    ),
]

# ---------------------------------------------------------------- 03 OpenAI column
D = "03_openai_valuation_column.md"
MENTIONS[D] = [
    (None, "$157 billion", 157 * B, "USD", "OpenAI", "valuation", "2024-10"),
    ("d03.raise", "$6.6 billion", 6.6 * B, "USD", "OpenAI", "funding", "2024-10"),
    ("d03.post", "$157 billion", 157 * B, "USD", "OpenAI", "valuation", "2024-10"),
    ("d03.pre", "$150 billion", 150 * B, "USD", "OpenAI", "valuation", "2024-10"),
    ("d03.tender", "$86 billion", 86 * B, "USD", "OpenAI", "valuation", "2024-02"),
    ("d03.post2", "$157 billion", 157 * B, "USD", "OpenAI", "valuation", "2024-10"),
    (None, "$10 billion", 10 * B, "USD", "OpenAI", "investment", "2023-01"),
    (None, "$29 billion", 29 * B, "USD", "OpenAI", "valuation", "2023-01"),
    (None, "$13 billion", 13 * B, "USD", "OpenAI", "investment", "2024-10"),
    (None, "$1.3 billion", 1.3 * B, "USD", "OpenAI", "investment", "2024-10"),
    (None, "$1 billion", 1 * B, "USD", "OpenAI", "investment", "2024-10"),
    (None, "$500 million", 500 * M, "USD", "OpenAI", "investment", "2024-10"),
    ("d03.sb_paid", "$500 million", 500 * M, "USD", "OpenAI", "price_paid", "2024-10"),
    ("d03.credit", "$4 billion", 4 * B, "USD", "OpenAI", "other", "2024-10"),
    ("d03.liq", "$10 billion", 10 * B, "USD", "OpenAI", "other", "2024-10"),
    ("d03.gbp", "£5 billion", 5 * B, "GBP", "OpenAI", "funding", "2024-10"),
    ("d03.rev24", "$3.7 billion", 3.7 * B, "USD", "OpenAI", "revenue", "2024"),
    (None, "$5 billion", 5 * B, "USD", "OpenAI", "loss", "2024"),
    ("d03.rev25", "$11.6 billion", 11.6 * B, "USD", "OpenAI", "revenue", "2025"),
    (None, "$100 billion", 100 * B, "USD", "OpenAI", "revenue", "2029"),
    ("d03.p20", "$20", 20, "USD", "OpenAI", "other", "2024-10"),
    (None, "$22", 22, "USD", "OpenAI", "other", "2024-12"),
    ("d03.p44", "$44", 44, "USD", "OpenAI", "other", "2029"),
    ("d03.post3", "$157 billion", 157 * B, "USD", "OpenAI", "valuation", "2024-10"),
]
PROBLEMS += [
    (
        "st1",
        "stake-mismatch",
        ["d03.sb_paid", "d03.post"],
        "SoftBank's $500 million in a round at a $157 billion post-money valuation buys 0.5/157 = 0.32% of OpenAI, not 'roughly 3%' (3% for $500m would value the company at about $16.7bn).",
    ),
]
TRAPS += [
    (
        "d03a",
        ["d03.pre", "d03.post", "d03.raise"],
        "Pre-money = post-money minus new cash: $157bn - $6.6bn = $150.4bn, 'about $150 billion'.",
    ),
    ("d03b", ["d03.post2", "d03.tender"], "$157bn / $86bn = 1.826: an 83% increase, as stated."),
    (
        "d03c",
        ["d03.raise", "d03.gbp"],
        "At the ECB rate for 2024-10-04 (0.759 GBP per USD) $6.6 billion is £5.01 billion.",
    ),
    (
        "d03d",
        ["d03.liq", "d03.raise", "d03.credit"],
        "$6.6bn of equity + $4bn credit line = $10.6bn, which is 'more than $10 billion'.",
    ),
    ("d03e", ["d03.rev25", "d03.rev24"], "$11.6bn / $3.7bn = 3.14: 'more than triple' holds."),
    (
        "d03f",
        ["d03.p44", "d03.p20"],
        "Per-subscriber monthly prices, not company figures: $44 / $20 = 2.2, 'more than double'.",
    ),
    (
        "d03g",
        ["d03.post3", "d03.rev24"],
        "Valuation and revenue are different metrics: $157bn / $3.7bn = 42.4, 'more than 40 times'.",
    ),
]

# ---------------------------------------------------------------- 04 OpenAI one-sentence note
D = "04_openai_softbank_note.md"
MENTIONS[D] = [
    (None, "$40bn", 40 * B, "USD", "OpenAI", "funding", "2025-03"),
    ("d04.total", "$40 billion", 40 * B, "USD", "OpenAI", "funding", "2025-03"),
    ("d04.val", "$300 billion", 300 * B, "USD", "OpenAI", "valuation", "2025-03"),
    ("d04.sb", "$30 billion", 30 * B, "USD", "OpenAI", "investment", "2025-03"),
    ("d04.rest", "$10 billion", 10 * B, "USD", "OpenAI", "investment", "2025-03"),
    ("d04.old", "$157 billion", 157 * B, "USD", "OpenAI", "valuation", "2024-10"),
]
TRAPS += [
    (
        "d04a",
        ["d04.total", "d04.sb", "d04.rest"],
        "$30bn from SoftBank + $10bn from the syndicate = $40bn.",
    ),
    (
        "d04b",
        ["d04.val", "d04.old"],
        "$300bn / $157bn = 1.91: 'almost double'. The two valuations are of the same company at different dates (March 2025 vs October 2024), not a conflict.",
    ),
]

# ---------------------------------------------------------------- 05 Anthropic press release
D = "05_anthropic_series_f_release.md"
MENTIONS[D] = [
    (None, "$13 Billion", 13 * B, "USD", "Anthropic", "funding", "2025-09"),
    (None, "$183 billion", 183 * B, "USD", "Anthropic", "valuation", "2025-09"),
    ("d05.raise", "$13 billion", 13 * B, "USD", "Anthropic", "funding", "2025-09"),
    ("d05.eur", "€11.2 billion", 11.2 * B, "EUR", "Anthropic", "funding", "2025-09"),
    ("d05.post", "$183 billion", 183 * B, "USD", "Anthropic", "valuation", "2025-09"),
    ("d05.post_eur", "€183 billion", 183 * B, "EUR", "Anthropic", "valuation", "2025-09"),
    ("d05.pre", "$170 billion", 170 * B, "USD", "Anthropic", "valuation", "2025-09"),
    ("d05.rr1", "$1 billion", 1 * B, "USD", "Anthropic", "revenue", "2025-01"),
    ("d05.rr5", "$5 billion", 5 * B, "USD", "Anthropic", "revenue", "2025-08"),
    ("d05.cc", "$500 million", 500 * M, "USD", "Claude Code", "revenue", "2025-08"),
    (None, "$100,000", 100 * K, "USD", None, "other", None),
    (None, "$3.5 billion", 3.5 * B, "USD", "Anthropic", "funding", "2025-03"),
    ("d05.e_val", "$61.5 billion", 61.5 * B, "USD", "Anthropic", "valuation", "2025-03"),
]
PROBLEMS += [
    (
        "fx1",
        "fx-mismatch",
        ["d05.post_eur", "d05.post"],
        "The dollar figure was copied into euros: at the ECB rate for 2025-09-02 (0.859 EUR per USD) $183 billion is about €157 billion, so €183 billion is 16.5% too high.",
    ),
    (
        "st2",
        "stake-mismatch",
        ["d05.raise", "d05.post"],
        "$13 billion in a round at a $183 billion post-money valuation is 13/183 = 7.1% of the company, not 'approximately 9%' (even on the $170bn pre-money it would be 7.6%).",
    ),
]
TRAPS += [
    (
        "d05a",
        ["d05.raise", "d05.eur"],
        "At the ECB rate for 2025-09-02 (0.859 EUR per USD) $13 billion is €11.16 billion, rounded to €11.2 billion.",
    ),
    (
        "d05b",
        ["d05.pre", "d05.post", "d05.raise"],
        "Pre-money $170bn + $13bn new money = $183bn post-money.",
    ),
    (
        "d05c",
        ["d05.rr5", "d05.rr1"],
        "Run-rate revenue at two dates: $5bn / $1bn = 5, 'a fivefold increase'.",
    ),
    (
        "d05d",
        ["d05.post", "d05.e_val"],
        "$183bn / $61.5bn = 2.98: 'nearly tripled' since the March Series E; two rounds at different dates, not a conflict.",
    ),
    (
        "d05e",
        ["d05.cc", "d05.rr5"],
        "Claude Code's $500m run-rate is one product line inside Anthropic's $5bn company-wide run-rate, not a conflicting company revenue.",
    ),
]

# ---------------------------------------------------------------- 06 Anthropic/Amazon, hard-wrapped
D = "06_anthropic_amazon_wrapped.md"
MENTIONS[D] = [
    (None, "$4bn", 4 * B, "USD", "Anthropic", "investment", "2024-11"),
    ("d06.new", "$4 billion", 4 * B, "USD", "Anthropic", "investment", "2024-11"),
    ("d06.gbp", "£3.2 billion", 3.2 * B, "GBP", "Anthropic", "investment", "2024-11"),
    ("d06.total1", "$8 billion", 8 * B, "USD", "Anthropic", "investment", "2024-11"),
    ("d06.first", "$1.25\nbillion", 1.25 * B, "USD", "Anthropic", "investment", "2023-09"),
    ("d06.second", "$2.75 billion", 2.75 * B, "USD", "Anthropic", "investment", "2024-03"),
    ("d06.total2", "$8 billion", 8 * B, "USD", "Anthropic", "investment", "2024-11"),
    ("d06.goog", "$2 billion", 2 * B, "USD", "Anthropic", "investment", "2023-10"),
    ("d06.goog1", "$500 million", 500 * M, "USD", "Anthropic", "investment", "2023-10"),
    ("d06.goog2", "$1.5 billion", 1.5 * B, "USD", "Anthropic", "investment", "2023-10"),
    ("d06.menlo", "750 million", 750 * M, None, "Anthropic", "funding", "2024-02"),
    (None, "$18.4 billion", 18.4 * B, "USD", "Anthropic", "valuation", "2024-02"),
    ("d06.rr", "$1 billion", 1 * B, "USD", "Anthropic", "revenue", "2024-11"),
    (None, "$13\nbillion", 13 * B, "USD", "OpenAI", "investment", None),
    ("d06.first_again", "$1.25 billion", 1.25 * B, "USD", "Anthropic", "investment", "2022-09"),
]
PROBLEMS += [
    (
        "mc1",
        "missing-currency",
        ["d06.menlo"],
        "'a 750 million round' carries no currency in an article that uses both dollars and pounds (it was a $750 million round).",
    ),
    (
        "pc1",
        "period-conflict",
        ["d06.first_again", "d06.first"],
        "Amazon's first $1.25 billion is dated September 2023 in the second paragraph and September 2022 in the last one (September 2023 is right).",
    ),
]
TRAPS += [
    (
        "d06a",
        ["d06.new", "d06.gbp"],
        "At the ECB rate for 2024-11-22/23 (0.799 GBP per USD) $4 billion is £3.20 billion.",
    ),
    (
        "d06b",
        ["d06.total2", "d06.first", "d06.second", "d06.new"],
        "$1.25bn + $2.75bn + $4bn = $8bn, Amazon's total commitment.",
    ),
    (
        "d06c",
        ["d06.goog", "d06.goog1", "d06.goog2"],
        "Google's commitment: $500m upfront + $1.5bn over time = $2bn.",
    ),
    (
        "d06d",
        ["d06.total1", "d06.goog"],
        "$8bn / $2bn = 4: Amazon's commitment is 'four times Google's'.",
    ),
]

# ---------------------------------------------------------------- 07 Swiggy listing, Indian paper
D = "07_swiggy_listing_india.md"
MENTIONS[D] = [
    ("d07.mark", "₹1 lakh crore", 1 * LAKH * CR, "INR", None, "other", "2024-11"),
    ("d07.nse", "Rs 420", 420, "INR", "Swiggy", "share_price", "2024-11"),
    ("d07.issue", "Rs 390", 390, "INR", "Swiggy", "share_price", "2024-11"),
    ("d07.bse", "Rs 412", 412, "INR", "Swiggy", "share_price", "2024-11"),
    ("d07.close", "Rs 456", 456, "INR", "Swiggy", "share_price", "2024-11"),
    ("d07.mcap", "₹1.02 lakh crore", 1.02 * LAKH * CR, "INR", "Swiggy", "market_cap", "2024-11"),
    ("d07.mcap_usd", "$12.1 billion", 12.1 * B, "USD", "Swiggy", "market_cap", "2024-11"),
    ("d07.ipo", "Rs 11,327 crore", 11327 * CR, "INR", "Swiggy", "funding", "2024-11"),
    ("d07.ipo_usd", "$1.53 billion", 1.53 * B, "USD", "Swiggy", "funding", "2024-11"),
    (None, "Rs 371", 371, "INR", "Swiggy", "share_price", "2024-11"),
    (None, "390", 390, "INR", "Swiggy", "share_price", "2024-11"),
    ("d07.fresh", "Rs 4,499 crore", 4499 * CR, "INR", "Swiggy", "funding", "2024-11"),
    ("d07.ofs", "Rs 6,628 crore", 6628 * CR, "INR", "Swiggy", "other", "2024-11"),
    (None, "Rs 5,085 crore", 5085 * CR, "INR", "Swiggy", "funding", "2024-11"),
    ("d07.lot", "Rs 14,820", 14820, "INR", "Swiggy", "other", "2024-11"),
    (None, "₹2 lakh", 2 * LAKH, "INR", None, "other", "2024-11"),
    ("d07.rev24", "Rs 11,247 crore", 11247 * CR, "INR", "Swiggy", "revenue", "2024"),
    ("d07.rev23", "Rs 8,265 crore", 8265 * CR, "INR", "Swiggy", "revenue", "2023"),
    ("d07.loss24", "Rs 2,350 crore", 2350 * CR, "INR", "Swiggy", "loss", "2024"),
    ("d07.loss23", "Rs 4,179 crore", 4179 * CR, "INR", "Swiggy", "loss", "2023"),
    ("d07.q1rev", "Rs 3,222 crore", 3222 * CR, "INR", "Swiggy", "revenue", "2024-06"),
    (None, "Rs 611 crore", 611 * CR, "INR", "Swiggy", "loss", "2024-06"),
    ("d07.cc", "₹12.1 billion dollars", 12.1 * B, "USD", "Swiggy", "market_cap", "2024-11"),
    (None, "Rs 470", 470, "INR", "Swiggy", "share_price", None),
]
PROBLEMS += [
    (
        "cc1",
        "currency-conflict",
        ["d07.cc", "d07.mcap_usd"],
        "'₹12.1 billion dollars' pairs the rupee sign with the word dollars; the same value is given earlier as $12.1 billion (₹1.02 lakh crore).",
    ),
    (
        "fx2",
        "fx-mismatch",
        ["d07.ipo_usd", "d07.ipo"],
        "At the ECB rate for 2024-11-13 (84.4 INR per USD) Rs 11,327 crore is $1.34 billion; $1.53 billion is 14% too high.",
    ),
    (
        "sum2",
        "sum-mismatch",
        ["d07.ofs", "d07.ipo", "d07.fresh"],
        "Fresh issue Rs 4,499 crore + offer for sale Rs 6,628 crore = Rs 11,127 crore, Rs 200 crore short of the stated Rs 11,327 crore issue (the offer for sale was Rs 6,828 crore).",
    ),
    (
        "ch1",
        "change-mismatch",
        ["d07.nse", "d07.issue"],
        "Listing at Rs 420 against Rs 390 is a premium of 30/390 = 7.7% (as the headline says); 7.1% is 30/420, the percentage taken the wrong way round.",
    ),
]
TRAPS += [
    (
        "d07a",
        ["d07.bse", "d07.issue"],
        "Rs 412 / Rs 390 = 1.056: a 5.6% gain on the BSE, as stated.",
    ),
    (
        "d07b",
        ["d07.close", "d07.issue"],
        "Rs 456 / Rs 390 = 1.169: 16.9% above the issue price, as stated.",
    ),
    (
        "d07c",
        ["d07.mcap", "d07.mcap_usd"],
        "At the ECB rate for 2024-11-13 (84.4 INR per USD) ₹1.02 lakh crore is $12.09 billion.",
    ),
    (
        "d07d",
        ["d07.rev24", "d07.rev23"],
        "Rs 11,247 crore / Rs 8,265 crore = 1.361: revenue up 36%.",
    ),
    (
        "d07e",
        ["d07.loss24", "d07.loss23"],
        "Rs 2,350 crore / Rs 4,179 crore = 0.562: the loss narrowed by 43.8%, 'narrowed 44 per cent'.",
    ),
    (
        "d07f",
        ["d07.lot", "d07.issue"],
        "A per-investor minimum bid, not a company figure: 38 shares x Rs 390 = Rs 14,820.",
    ),
    (
        "d07g",
        ["d07.q1rev", "d07.rev24"],
        "Quarter vs full year: Rs 3,222 crore is April-June 2024, Rs 11,247 crore the year to March 2024.",
    ),
    (
        "d07h",
        ["d07.mcap", "d07.mark"],
        "The headline threshold '₹1 lakh crore' is topped by the ₹1.02 lakh crore market value; a threshold, not a second valuation.",
    ),
]

# ---------------------------------------------------------------- 08 Flipkart explainer (undated, 2024)
D = "08_flipkart_walmart_explainer.md"
MENTIONS[D] = [
    ("d08.paid", "$16 billion", 16 * B, "USD", "Flipkart", "price_paid", "2018-05"),
    ("d08.val18", "$20.8 billion", 20.8 * B, "USD", "Flipkart", "valuation", "2018-05"),
    ("d08.rate", "Rs 67", 67, "INR", None, "other", "2018-05"),
    (
        "d08.paid_inr",
        "Rs 1.07 lakh crore",
        1.07 * LAKH * CR,
        "INR",
        "Flipkart",
        "price_paid",
        "2018-05",
    ),
    ("d08.raise", "$3.6 billion", 3.6 * B, "USD", "Flipkart", "funding", "2021-07"),
    ("d08.val21", "$37.6 billion", 37.6 * B, "USD", "Flipkart", "valuation", "2021-07"),
    (
        "d08.val21_inr",
        "Rs 2.8 lakh crore",
        2.8 * LAKH * CR,
        "INR",
        "Flipkart",
        "valuation",
        "2021-07",
    ),
    ("d08.raise_bare", "$3.6", 3.6, "USD", "Flipkart", "funding", "2021-07"),
    ("d08.tiger", "$1.4 billion", 1.4 * B, "USD", "Flipkart", "price_paid", "2023"),
    ("d08.val23", "$35 billion", 35 * B, "USD", "Flipkart", "valuation", "2023"),
    (None, "$1 billion", 1 * B, "USD", "Flipkart", "funding", "2024"),
    ("d08.val24", "$36 billion", 36 * B, "USD", "Flipkart", "valuation", "2024"),
    ("d08.phonepe", "850 million", 850 * M, None, "PhonePe", "funding", None),
    (None, "$12 billion", 12 * B, "USD", "PhonePe", "valuation", None),
    ("d08.rev24", "₹17,907 crore", 17907 * CR, "INR", "Flipkart Internet", "revenue", "2024"),
    ("d08.rev23", "₹14,845 crore", 14845 * CR, "INR", "Flipkart Internet", "revenue", "2023"),
    ("d08.loss24", "₹2,358 crore", 2358 * CR, "INR", "Flipkart Internet", "loss", "2024"),
    ("d08.loss23", "₹4,026 crore", 4026 * CR, "INR", "Flipkart Internet", "loss", "2023"),
    (None, "$35 billion", 35 * B, "USD", "Flipkart", "valuation", None),
    (None, "$37 billion", 37 * B, "USD", "Flipkart", "valuation", None),
]
PROBLEMS += [
    (
        "ms2",
        "missing-scale",
        ["d08.raise_bare", "d08.raise"],
        "'The $3.6 round' has lost its magnitude: the July 2021 round is $3.6 billion in the sentence before.",
    ),
    (
        "mc2",
        "missing-currency",
        ["d08.phonepe"],
        "'about 850 million' raised by PhonePe has no currency in an explainer that switches between dollars and rupees ($850 million was reported).",
    ),
]
TRAPS += [
    (
        "d08a",
        ["d08.val18", "d08.paid"],
        "$16bn for about 77%: 16 / 0.77 = $20.8bn for the whole company, as stated.",
    ),
    (
        "d08b",
        ["d08.paid_inr", "d08.paid", "d08.rate"],
        "Converted at the stated rate of the time: $16bn x Rs 67 = Rs 1.072 lakh crore. At 2020s rates (Rs 75-88) it would be Rs 1.2-1.4 lakh crore, but the text names the 2018 rate.",
    ),
    (
        "d08c",
        ["d08.val21", "d08.val21_inr"],
        "Undated (2024) explainer: $37.6bn at about Rs 74.5 per dollar (mid-2021, within the 2020-2026 range) is Rs 2.80 lakh crore.",
    ),
    (
        "d08d",
        ["d08.val21", "d08.val18"],
        "$37.6bn / $20.8bn = 1.81: 'nearly double the 2018 price'.",
    ),
    ("d08e", ["d08.tiger", "d08.val23"], "$1.4bn for about 4%: 1.4 / 0.04 = $35bn, as stated."),
    ("d08f", ["d08.rev24", "d08.rev23"], "₹17,907 crore / ₹14,845 crore = 1.206: up 21%."),
    (
        "d08g",
        ["d08.loss24", "d08.loss23"],
        "₹2,358 crore / ₹4,026 crore = 0.586: the loss narrowed by 41.4%, '41 per cent'.",
    ),
    (
        "d08h",
        ["d08.val23", "d08.val24", "d08.val21"],
        "Flipkart's valuation at three different dates (2023: $35bn, 2024: $36bn, 2021: $37.6bn); not conflicting figures.",
    ),
]

# ---------------------------------------------------------------- 09 CATL / BYD, Asian markets
D = "09_catl_hong_kong_debut.md"
MENTIONS[D] = [
    ("d09.close", "HK$306.20", 306.20, "HKD", "CATL", "share_price", "2025-05"),
    ("d09.offer", "HK$263", 263, "HKD", "CATL", "share_price", "2025-05"),
    ("d09.open", "HK$296", 296, "HKD", "CATL", "share_price", "2025-05"),
    ("d09.base", "HK$35.7 billion", 35.7 * B, "HKD", "CATL", "funding", "2025-05"),
    ("d09.base_usd", "US$4.6 billion", 4.6 * B, "USD", "CATL", "funding", "2025-05"),
    ("d09.full", "HK$41 billion", 41 * B, "HKD", "CATL", "funding", "2025-05"),
    ("d09.full_usd", "US$5.3 billion", 5.3 * B, "USD", "CATL", "funding", "2025-05"),
    (None, "€7.3 billion", 7.3 * B, "EUR", "CATL", "other", None),
    ("d09.np24", "RMB 50.7 billion", 50.7 * B, "CNY", "CATL", "profit", "2024"),
    ("d09.np24_usd", "US$7 billion", 7 * B, "USD", "CATL", "profit", "2024"),
    (None, "7.2 yuan", 7.2, "CNY", None, "other", "2025-05"),
    ("d09.rev24", "RMB 362.0 billion", 362.0 * B, "CNY", "CATL", "revenue", "2024"),
    ("d09.rev23", "RMB 400.9 billion", 400.9 * B, "CNY", "CATL", "revenue", "2023"),
    ("d09.np23", "RMB 44.1 billion", 44.1 * B, "CNY", "CATL", "profit", "2023"),
    (None, "HK$43.5 billion", 43.5 * B, "HKD", "BYD", "funding", "2025-03"),
    (None, "HK$335.20", 335.20, "HKD", "BYD", "share_price", "2025-03"),
    ("d09.byd_rev", "$777.1 billion yuan", 777.1 * B, "CNY", "BYD", "revenue", "2024"),
    ("d09.byd_rev23", "RMB 602.3 billion", 602.3 * B, "CNY", "BYD", "revenue", "2023"),
    ("d09.byd_np", "40.25 billion yuan", 40.25 * B, "CNY", "BYD", "profit", "2024"),
    ("d09.byd_np_usd", "US$6.5 billion", 6.5 * B, "USD", "BYD", "profit", "2024"),
    ("d09.byd_np23", "30.04 billion yuan", 30.04 * B, "CNY", "BYD", "profit", "2023"),
    ("d09.np_wrong", "RMB 50.7 billion", 50.7 * B, "CNY", "CATL", "profit", "2023"),
]
PROBLEMS += [
    (
        "cc2",
        "currency-conflict",
        ["d09.byd_rev", "d09.byd_rev23"],
        "BYD's revenue is written '$777.1 billion yuan' (dollar sign plus yuan); the comparison with RMB 602.3 billion (+29%: 777.1/602.3 = 1.29) shows it is RMB 777.1 billion, about US$108 billion.",
    ),
    (
        "fx3",
        "fx-mismatch",
        ["d09.byd_np_usd", "d09.byd_np"],
        "At the ECB rate for 2025-05-20 (7.22 CNY per USD), and at the 7.2 the article itself states, 40.25 billion yuan is about US$5.6 billion; US$6.5 billion is 16.6% too high.",
    ),
    (
        "pc2",
        "period-conflict",
        ["d09.np_wrong", "d09.np24"],
        "CATL's RMB 50.7 billion profit is its 2024 figure (third paragraph, where 2023 is RMB 44.1 billion); the last paragraph attributes it to 2023.",
    ),
]
TRAPS += [
    (
        "d09a",
        ["d09.base", "d09.base_usd"],
        "At the ECB rate for 2025-05-20 (7.83 HKD per USD) HK$35.7 billion is US$4.56 billion.",
    ),
    (
        "d09b",
        ["d09.full", "d09.full_usd"],
        "At 7.83 HKD per USD, HK$41 billion is US$5.24 billion, 'roughly US$5.3 billion'.",
    ),
    (
        "d09c",
        ["d09.np24", "d09.np24_usd"],
        "At the stated 7.2 yuan per dollar RMB 50.7 billion is US$7.04 billion (7.02 at the ECB rate for 2025-05-20).",
    ),
    ("d09d", ["d09.close", "d09.offer"], "HK$306.20 / HK$263 = 1.164: up 16.4%, as stated."),
    (
        "d09e",
        ["d09.open", "d09.offer"],
        "HK$296 / HK$263 = 1.125: opened 12.5% above the offer price; open, close and offer price are different moments of one listing.",
    ),
    ("d09f", ["d09.np24", "d09.np23"], "RMB 50.7bn / RMB 44.1bn = 1.150: net profit up 15%."),
    ("d09g", ["d09.rev24", "d09.rev23"], "RMB 362.0bn / RMB 400.9bn = 0.903: revenue down 9.7%."),
    ("d09h", ["d09.byd_np", "d09.byd_np23"], "40.25bn / 30.04bn = 1.340: BYD's net profit up 34%."),
    (
        "d09i",
        ["d09.full", "d09.base"],
        "HK$35.7 billion is the base deal, HK$41 billion the total if both options are exercised; not conflicting proceeds.",
    ),
]

# ---------------------------------------------------------------- 10 Intel terse results brief
D = "10_intel_q2_2024_brief.md"
MENTIONS[D] = [
    ("d10.rev", "$12.8B", 12.8 * B, "USD", "Intel", "revenue", "2024-06"),
    ("d10.rev_ly", "$12.9B", 12.9 * B, "USD", "Intel", "revenue", "2023-06"),
    ("d10.eps", "$0.38", 0.38, "USD", "Intel", "other", "2024-06"),
    (None, "$0.02", 0.02, "USD", "Intel", "other", "2024-06"),
    (None, "$0.10", 0.10, "USD", "Intel", "other", "2024-06"),
    ("d10.loss", "$1.6B", 1.6 * B, "USD", "Intel", "loss", "2024-06"),
    (None, "$1.5B", 1.5 * B, "USD", "Intel", "profit", "2023-06"),
    ("d10.prod", "$11.8B", 11.8 * B, "USD", "Intel Products", "revenue", "2024-06"),
    ("d10.ccg", "$7.4B", 7.4 * B, "USD", "Intel Products", "revenue", "2024-06"),
    ("d10.dcai", "$3.0B", 3.0 * B, "USD", "Intel Products", "revenue", "2024-06"),
    ("d10.nex", "$1.3B", 1.3 * B, "USD", "Intel Products", "revenue", "2024-06"),
    ("d10.fdry", "$4.3B", 4.3 * B, "USD", "Intel Foundry", "revenue", "2024-06"),
    (None, "$2.8B", 2.8 * B, "USD", "Intel Foundry", "loss", "2024-06"),
    (None, "$12.5B", 12.5 * B, "USD", "Intel", "revenue", "2024-09"),
    (None, "$13.5B", 13.5 * B, "USD", "Intel", "revenue", "2024-09"),
    (None, "$0.03", 0.03, "USD", "Intel", "other", "2024-09"),
    ("d10.save", "$10B", 10 * B, "USD", "Intel", "other", "2025"),
    (None, "$25B", 25 * B, "USD", "Intel", "other", "2024"),
    (None, "$27B", 27 * B, "USD", "Intel", "other", "2024"),
    (None, "$20B", 20 * B, "USD", "Intel", "other", "2025"),
    (None, "$23B", 23 * B, "USD", "Intel", "other", "2025"),
    ("d10.save_bare", "$10", 10, "USD", "Intel", "other", "2025"),
    ("d10.px", "$21.48", 21.48, "USD", "Intel", "share_price", "2024-08"),
    ("d10.px_prev", "$29.05", 29.05, "USD", "Intel", "share_price", "2024-08"),
]
PROBLEMS += [
    (
        "ms3",
        "missing-scale",
        ["d10.save_bare", "d10.save"],
        "'the $10 savings goal' has lost its magnitude: the cost plan targets $10B of savings in 2025 two bullets earlier.",
    ),
]
TRAPS += [
    ("d10a", ["d10.rev", "d10.rev_ly"], "$12.8B / $12.9B = 0.992: down 0.8%, 'down 1% y/y'."),
    (
        "d10b",
        ["d10.prod", "d10.ccg", "d10.dcai", "d10.nex"],
        "$7.4B + $3.0B + $1.3B = $11.7B vs $11.8B stated: a rounding difference of the rounded parts.",
    ),
    (
        "d10c",
        ["d10.rev", "d10.prod", "d10.fdry"],
        "Segments ($11.8B + $4.3B = $16.1B) exceed group revenue ($12.8B) because, as the brief says, Foundry revenue includes intersegment sales that are eliminated in the group total.",
    ),
    ("d10d", ["d10.px", "d10.px_prev"], "$21.48 / $29.05 = 0.739: a 26% fall, as stated."),
    (
        "d10e",
        ["d10.eps", "d10.loss"],
        "A per-share figure ($0.38) and a total ($1.6B net loss) of the same quarter are not conflicting values.",
    ),
]

# ---------------------------------------------------------------- 11 Adyen, European piece
D = "11_adyen_fy2024_europe.md"
MENTIONS[D] = [
    (None, "EUR 2bn", 2 * B, "EUR", None, "other", "2024"),
    ("d11.rev", "EUR 1,996.2 million", 1996.2 * M, "EUR", "Adyen", "revenue", "2024"),
    ("d11.rev_eur", "EUR 1.99bn", 1.99 * B, "EUR", "Adyen", "revenue", "2024"),
    ("d11.rev_usd", "USD 2.09bn", 2.09 * B, "USD", "Adyen", "revenue", "2024"),
    ("d11.h2", "EUR 1,038.0 million", 1038.0 * M, "EUR", "Adyen", "revenue", "2024-12"),
    ("d11.h1", "EUR 913.2 million", 913.2 * M, "EUR", "Adyen", "revenue", "2024-06"),
    ("d11.ebitda", "EUR 992.1 million", 992.1 * M, "EUR", "Adyen", "profit", "2024"),
    ("d11.ebitda23", "EUR 743.0 million", 743.0 * M, "EUR", "Adyen", "profit", "2023"),
    ("d11.vol", "EUR 1.29 trillion", 1.29e12, "EUR", "Adyen", "other", "2024"),
    ("d11.vol23", "EUR 970.6 billion", 970.6 * B, "EUR", "Adyen", "other", "2023"),
    ("d11.h1_23", "EUR 739.1 million", 739.1 * M, "EUR", "Adyen", "revenue", "2023-06"),
    ("d11.h1b", "EUR 913.2 million", 913.2 * M, "EUR", "Adyen", "revenue", "2024-06"),
    ("d11.rev23", "EUR 1.36bn", 1.36 * B, "EUR", "Adyen", "revenue", "2023"),
    ("d11.fee", "€0.11", 0.11, "EUR", "Adyen", "other", None),
]
PROBLEMS += [
    (
        "fc2",
        "figure-conflict",
        ["d11.rev23", "d11.rev"],
        "2023 net revenue is given as EUR 1.36bn, but 2024's EUR 1,996.2 million is 'up 23%', which puts 2023 at about EUR 1.62bn (reported: EUR 1,626.0 million); 1.36 transposes the digits of 1.63. At EUR 1.36bn the growth would be 47%.",
    ),
    (
        "sum3",
        "sum-mismatch",
        ["d11.h2", "d11.rev", "d11.h1"],
        "H1 EUR 913.2 million + H2 EUR 1,038.0 million = EUR 1,951.2 million, not the EUR 1,996.2 million full-year total the text says they give (H2 was EUR 1,083.0 million).",
    ),
    (
        "ch2",
        "change-mismatch",
        ["d11.ebitda", "d11.ebitda23"],
        "EUR 992.1 million / EUR 743.0 million = 1.335: EBITDA rose 33.5%, not 25% (25% is 249.1/992.1, the increase taken on the new figure).",
    ),
]
TRAPS += [
    (
        "d11a",
        ["d11.rev_eur", "d11.rev_usd"],
        "At the ECB rate for 2025-02-13/14 (1.048 USD per EUR) EUR 1.99bn is USD 2.09bn.",
    ),
    (
        "d11b",
        ["d11.rev", "d11.rev_eur"],
        "EUR 1,996.2 million and EUR 1.99bn are the same figure rounded (down) differently.",
    ),
    (
        "d11c",
        ["d11.vol", "d11.vol23"],
        "EUR 1.29 trillion / EUR 970.6 billion = 1.329: volume up 33%. Processed volume is not revenue.",
    ),
    (
        "d11d",
        ["d11.h1b", "d11.h1_23"],
        "EUR 913.2m / EUR 739.1m = 1.236: first-half net revenue up 24%, as stated; half-year vs half-year.",
    ),
    (
        "d11e",
        ["d11.ebitda", "d11.rev"],
        "EBITDA margin: 992.1 / 1,996.2 = 49.7%, 'a margin of 50%'.",
    ),
    (
        "d11f",
        ["d11.fee", "d11.rev"],
        "EUR 0.11 is a per-transaction fee charged to merchants, not a company total.",
    ),
]

# ---------------------------------------------------------------- 12 Vodafone, UK paper
D = "12_vodafone_results_uk.md"
MENTIONS[D] = [
    (None, "€4.2bn", 4.2 * B, "EUR", "Vodafone", "loss", "2025"),
    ("d12.loss", "€4.2bn", 4.2 * B, "EUR", "Vodafone", "loss", "2025"),
    ("d12.imp", "€4.5bn", 4.5 * B, "EUR", "Vodafone", "other", "2025"),
    ("d12.loss_gbp", "£3.5bn", 3.5 * B, "GBP", "Vodafone", "loss", "2025"),
    (None, "€1.5bn", 1.5 * B, "EUR", "Vodafone", "profit", "2024"),
    ("d12.rev", "€37.4bn", 37.4 * B, "EUR", "Vodafone", "revenue", "2025"),
    ("d12.rev_ly", "€36.7bn", 36.7 * B, "EUR", "Vodafone", "revenue", "2024"),
    ("d12.div", "4.5 cents", 0.045, None, "Vodafone", "other", "2025"),
    (None, "70p", 0.70, "GBP", "Vodafone", "share_price", "2025-05"),
    ("d12.spain", "€5bn", 5 * B, "EUR", "Vodafone Spain", "price_paid", "2024-05"),
    ("d12.spain_cash", "€4.1bn", 4.1 * B, "EUR", "Vodafone Spain", "price_paid", "2024-05"),
    ("d12.spain_pref", "€0.9bn", 0.9 * B, "EUR", "Vodafone Spain", "price_paid", "2024-05"),
    ("d12.italy", "€8bn", 8 * B, "EUR", "Vodafone Italia", "price_paid", "2024-12"),
    ("d12.bb1", "€2bn", 2 * B, "EUR", "Vodafone", "other", None),
    ("d12.bb2", "€2bn", 2 * B, "EUR", "Vodafone", "other", None),
    ("d12.bb", "€4bn", 4 * B, "EUR", "Vodafone", "other", None),
    ("d12.capex_gbp", "£11bn", 11 * B, "GBP", "VodafoneThree", "other", None),
    ("d12.capex_eur", "€11bn", 11 * B, "EUR", "VodafoneThree", "other", None),
    ("d12.italy_gbp", "£8bn", 8 * B, "GBP", "Vodafone Italia", "price_paid", "2024-12"),
]
PROBLEMS += [
    (
        "mc3",
        "missing-currency",
        ["d12.div"],
        "'4.5 cents a share' names no currency in a British article that quotes both euros and pence; the dividend is in euro cents, which the text never says.",
    ),
    (
        "fx4",
        "fx-mismatch",
        ["d12.capex_eur", "d12.capex_gbp"],
        "At the ECB rate for 2025-05-21 (1.184 EUR per GBP) £11bn is about €13.0bn; '€11bn' repeats the sterling number and is 15.5% too low.",
    ),
    (
        "fc3",
        "figure-conflict",
        ["d12.italy_gbp", "d12.italy"],
        "Swisscom paid €8bn for Vodafone Italia (fourth paragraph); the last paragraph says £8bn, which at 1.184 EUR per GBP would be €9.5bn, 18% more.",
    ),
]
TRAPS += [
    (
        "d12a",
        ["d12.loss", "d12.loss_gbp"],
        "At the ECB rate for 2025-05-21 (0.845 GBP per EUR) €4.2bn is £3.55bn, 'about £3.5bn'.",
    ),
    ("d12b", ["d12.rev", "d12.rev_ly"], "€37.4bn / €36.7bn = 1.019: revenue 'edged up 2pc'."),
    (
        "d12c",
        ["d12.spain", "d12.spain_cash", "d12.spain_pref"],
        "€4.1bn cash + €0.9bn preference shares = €5bn.",
    ),
    ("d12d", ["d12.bb", "d12.bb1", "d12.bb2"], "Two €2bn buybacks = €4bn 'in all'."),
    (
        "d12e",
        ["d12.imp", "d12.loss"],
        "A €4.5bn writedown and a €4.2bn net loss are different measures: the rest of the group's profit offsets part of the impairment.",
    ),
]

# ---------------------------------------------------------------- 13 Paramount / Skydance, rival bids
D = "13_paramount_skydance_bids.md"
MENTIONS[D] = [
    ("d13.total", "$8bn", 8 * B, "USD", "Paramount Global", "investment", "2024-07"),
    ("d13.nai", "$2.4bn", 2.4 * B, "USD", "National Amusements", "price_paid", "2024-07"),
    ("d13.cash", "$4.5bn", 4.5 * B, "USD", "Paramount Global", "price_paid", "2024-07"),
    ("d13.primary", "$1.5bn", 1.5 * B, "USD", "Paramount Global", "investment", "2024-07"),
    ("d13.sky", "$4.75bn", 4.75 * B, "USD", "Skydance Media", "valuation", "2024-07"),
    ("d13.nai2", "$2.4bn", 2.4 * B, "USD", "National Amusements", "price_paid", "2024-07"),
    ("d13.ev", "$28bn", 28 * B, "USD", "Paramount Global", "valuation", "2024-07"),
    ("d13.a", "$23", 23, "USD", "Paramount Global", "share_price", "2024-07"),
    ("d13.b", "$15", 15, "USD", "Paramount Global", "share_price", "2024-07"),
    (None, "$4.5bn", 4.5 * B, "USD", "Paramount Global", "price_paid", "2024-07"),
    ("d13.b2", "$15", 15, "USD", "Paramount Global", "share_price", "2024-07"),
    ("d13.mkt", "$11", 11, "USD", "Paramount Global", "share_price", "2024-07"),
    ("d13.mcap", "$8bn", 8 * B, "USD", "Paramount Global", "market_cap", "2024-07"),
    ("d13.allen", "$30bn", 30 * B, "USD", "Paramount Global", "valuation", "2024"),
    ("d13.apollo_studio", "$11bn", 11 * B, "USD", "Paramount Pictures", "price_paid", "2024"),
    ("d13.sony", "$26bn", 26 * B, "USD", "Paramount Global", "valuation", "2024"),
    ("d13.fee", "$400m", 400 * M, "USD", "Paramount Global", "other", "2024-07"),
]
PROBLEMS += [
    (
        "mm2",
        "multiple-mismatch",
        ["d13.b2", "d13.mkt"],
        "'almost double': $15 / $11 = 1.36, a 36% premium, nowhere near twice the trading price.",
    ),
]
TRAPS += [
    (
        "d13a",
        ["d13.total", "d13.nai", "d13.cash", "d13.primary"],
        "$2.4bn + $4.5bn + $1.5bn = $8.4bn, which the text rounds to 'about $8bn' (5% off, within a stated approximation).",
    ),
    (
        "d13b",
        ["d13.nai2", "d13.ev"],
        "$2.4bn buys control of 77% of the votes but only about a tenth of the equity, as the text explains; it implies nothing like 2.4/0.77 = $3.1bn for Paramount and does not contradict the $28bn enterprise value.",
    ),
    (
        "d13c",
        ["d13.a", "d13.b"],
        "$23 for class A and $15 for class B are offers for two share classes, not conflicting prices.",
    ),
    (
        "d13d",
        ["d13.sony", "d13.allen", "d13.ev"],
        "Rival bids ($26bn Apollo/Sony, $30bn Allen) and the agreed deal's $28bn enterprise value are different offers, not conflicting figures for one offer.",
    ),
    (
        "d13e",
        ["d13.apollo_studio", "d13.sony"],
        "Apollo's $11bn was for the Paramount Pictures studio alone, the $26bn for the whole company: a division vs the group.",
    ),
]

# ---------------------------------------------------------------- 14 oil megadeals, Markdown table
D = "14_oil_megadeals_table.md"
MENTIONS[D] = [
    ("d14.pxd", "$59.5bn", 59.5 * B, "USD", "Pioneer Natural Resources", "price_paid", "2023-10"),
    ("d14.pxd_ps", "$253", 253, "USD", "Pioneer Natural Resources", "share_price", "2023-10"),
    ("d14.hes", "$53bn", 53 * B, "USD", "Hess", "price_paid", "2023-10"),
    ("d14.hes_ps", "$171", 171, "USD", "Hess", "share_price", "2023-10"),
    ("d14.crk", "$12bn", 12 * B, "USD", "CrownRock", "price_paid", "2023-12"),
    ("d14.end", "$26bn", 26 * B, "USD", "Endeavor Energy Resources", "price_paid", "2024-02"),
    ("d14.mro", "$22.5bn", 22.5 * B, "USD", "Marathon Oil", "price_paid", "2024-05"),
    ("d14.sum", "$173bn", 173 * B, "USD", None, "other", None),
    ("d14.mro2", "$22.5bn", 22.5 * B, "USD", "Marathon Oil", "price_paid", "2024-05"),
    ("d14.mro_eq", "$17.1bn", 17.1 * B, "USD", "Marathon Oil", "price_paid", "2024-05"),
    ("d14.mro_debt", "$5.4bn", 5.4 * B, "USD", "Marathon Oil", "other", "2024-05"),
    (
        "d14.pxd_wrong",
        "$59.5bn",
        59.5 * B,
        "USD",
        "Pioneer Natural Resources",
        "price_paid",
        "2022-10",
    ),
    ("d14.pxd_ev", "$64.5bn", 64.5 * B, "USD", "Pioneer Natural Resources", "valuation", "2023-10"),
    ("d14.x24", "$33.7bn", 33.7 * B, "USD", "Exxon Mobil", "profit", "2024"),
    ("d14.x23", "$36.0bn", 36.0 * B, "USD", "Exxon Mobil", "profit", "2023"),
    ("d14.x22", "$55.7bn", 55.7 * B, "USD", "Exxon Mobil", "profit", "2022"),
    ("d14.c24", "$17.7bn", 17.7 * B, "USD", "Chevron", "profit", "2024"),
    ("d14.c23", "$21.4bn", 21.4 * B, "USD", "Chevron", "profit", "2023"),
    ("d14.hes_ps2", "$171", 171, "USD", "Hess", "share_price", "2023-10"),
]
PROBLEMS += [
    (
        "ch3",
        "change-mismatch",
        ["d14.x24", "d14.x23"],
        "$33.7bn / $36.0bn = 0.936: Exxon's 2024 earnings were 6.4% below 2023, not 39% (39.5% is the fall from 2022's $55.7bn, the wrong base).",
    ),
    (
        "pc3",
        "period-conflict",
        ["d14.pxd_wrong", "d14.pxd"],
        "Exxon's $59.5bn Pioneer deal is dated October 2023 in the table and 'October 2022' in the text (announced 11 October 2023).",
    ),
]
TRAPS += [
    (
        "d14a",
        ["d14.sum", "d14.pxd", "d14.hes", "d14.crk", "d14.end", "d14.mro"],
        "$59.5bn + $53bn + $12bn + $26bn + $22.5bn = $173bn, as stated.",
    ),
    (
        "d14b",
        ["d14.mro2", "d14.mro_eq", "d14.mro_debt"],
        "$17.1bn of equity + $5.4bn of net debt = $22.5bn.",
    ),
    (
        "d14c",
        ["d14.pxd_ev", "d14.pxd"],
        "$64.5bn counts Pioneer's debt, $59.5bn is the equity price of the deal: enterprise value vs deal value, as the text explains.",
    ),
    (
        "d14d",
        ["d14.c24", "d14.c23"],
        "$17.7bn / $21.4bn = 0.827: Chevron's profit fell 17%, as stated.",
    ),
    (
        "d14e",
        ["d14.x22", "d14.x24"],
        "Exxon's record $55.7bn is 2022 earnings, the $33.7bn 2024: the same company in different years.",
    ),
]

# ---------------------------------------------------------------- 15 Shein (undated, 2025)
D = "15_shein_listing_saga.md"
MENTIONS[D] = [
    ("d15.val22", "$100bn", 100 * B, "USD", "Shein", "valuation", "2022-04"),
    (None, "$1bn", 1 * B, "USD", "Shein", "funding", "2022-04"),
    (None, "$2bn", 2 * B, "USD", "Shein", "funding", "2023-05"),
    ("d15.val23_bare", "$66", 66, "USD", "Shein", "valuation", "2023-05"),
    ("d15.rev23", "$32.5bn", 32.5 * B, "USD", "Shein", "revenue", "2023"),
    ("d15.np23", "$2bn", 2 * B, "USD", "Shein", "profit", "2023"),
    (None, "$38bn", 38 * B, "USD", "Shein", "revenue", "2024"),
    ("d15.np24", "$1bn", 1 * B, "USD", "Shein", "profit", "2024"),
    ("d15.rev23b", "$45bn", 45 * B, "USD", "Shein", "revenue", "2023"),
    ("d15.ipo_gbp", "£50bn", 50 * B, "GBP", "Shein", "valuation", None),
    ("d15.ipo_usd", "$63bn", 63 * B, "USD", "Shein", "valuation", None),
    ("d15.val_now", "$30bn", 30 * B, "USD", "Shein", "valuation", None),
    (None, "$800", 800, "USD", None, "other", None),
    ("d15.dress", "$10", 10, "USD", "Shein", "other", None),
    ("d15.fine_fr", "40 million", 40 * M, None, "Shein", "other", None),
    ("d15.fine_cnil", "€150m", 150 * M, "EUR", "Shein", "other", None),
    ("d15.val22b", "$100bn", 100 * B, "USD", "Shein", "valuation", "2022-04"),
]
PROBLEMS += [
    (
        "ms4",
        "missing-scale",
        ["d15.val23_bare", "d15.val22"],
        "'valued Shein at $66' has lost its magnitude: a $2bn round valuing the company at $66 is impossible; it was $66bn, 'down by about a third' from the $100bn of 2022 (66/100 = 0.66).",
    ),
    (
        "mc4",
        "missing-currency",
        ["d15.fine_fr"],
        "'fined the company 40 million' gives no currency in a paragraph that uses dollars and euros (the French fine was €40m).",
    ),
    (
        "fc4",
        "figure-conflict",
        ["d15.rev23b", "d15.rev23"],
        "Natural difference between sources: 2023 sales are about $32.5bn in the second paragraph and 'passed $45bn' in the third, without saying that one is revenue and the other gross merchandise value.",
    ),
]
TRAPS += [
    (
        "d15a",
        ["d15.np24", "d15.np23"],
        "$1bn is less than half of 'more than $2bn': 'less than half the previous year's' holds.",
    ),
    (
        "d15b",
        ["d15.ipo_gbp", "d15.ipo_usd"],
        "Undated (2025) article: £50bn at about 1.26 USD per GBP (2024 rates, within 2020-2026) is $63bn.",
    ),
    (
        "d15c",
        ["d15.val_now", "d15.ipo_usd", "d15.val22b"],
        "$100bn (2022 round), $63bn (London talk) and $30bn (current talk) are the company's value at different times, not conflicting figures.",
    ),
]

# ---------------------------------------------------------------- 16 Grab, Singapore
D = "16_grab_fy2024_singapore.md"
MENTIONS[D] = [
    ("d16.loss", "US$105 million", 105 * M, "USD", "Grab", "loss", "2024"),
    ("d16.loss23", "US$485 million", 485 * M, "USD", "Grab", "loss", "2023"),
    ("d16.rev", "US$2.80 billion", 2.80 * B, "USD", "Grab", "revenue", "2024"),
    ("d16.rev_sgd", "S$3.74 billion", 3.74 * B, "SGD", "Grab", "revenue", "2024"),
    ("d16.rev23", "US$2.36 billion", 2.36 * B, "USD", "Grab", "revenue", "2023"),
    ("d16.ebitda", "US$313 million", 313 * M, "USD", "Grab", "profit", "2024"),
    ("d16.ebitda23", "US$66 million", 66 * M, "USD", "Grab", "profit", "2023"),
    ("d16.q4", "US$764 million", 764 * M, "USD", "Grab", "revenue", "2024-12"),
    (None, "US$11 million", 11 * M, "USD", "Grab", "profit", "2024-12"),
    (None, "US$3.33 billion", 3.33 * B, "USD", "Grab", "revenue", "2025"),
    (None, "US$3.40 billion", 3.40 * B, "USD", "Grab", "revenue", "2025"),
    (None, "US$440 million", 440 * M, "USD", "Grab", "profit", "2025"),
    (None, "US$470 million", 470 * M, "USD", "Grab", "profit", "2025"),
    ("d16.bb", "US$500 million", 500 * M, "USD", "Grab", "other", "2024-02"),
    ("d16.bb_sgd", "S$670 million", 670 * M, "SGD", "Grab", "other", "2024-02"),
    ("d16.spac", "US$40 billion", 40 * B, "USD", "Grab", "valuation", "2021-12"),
    ("d16.mcap", "US$19 billion", 19 * B, "USD", "Grab", "market_cap", "2025-02"),
    (None, "S$20", 20, "SGD", "Grab", "other", None),
]
PROBLEMS += [
    (
        "mm3",
        "multiple-mismatch",
        ["d16.ebitda", "d16.ebitda23"],
        "'nearly triple': US$313m / US$66m = 4.7 times, so adjusted EBITDA nearly quintupled; 'nearly triple' understates it.",
    ),
]
TRAPS += [
    (
        "d16a",
        ["d16.loss", "d16.loss23"],
        "US$105m / US$485m = 0.216: the loss narrowed by 78%, as stated.",
    ),
    ("d16b", ["d16.rev", "d16.rev23"], "US$2.80bn / US$2.36bn = 1.186: revenue up 19%."),
    (
        "d16c",
        ["d16.rev", "d16.rev_sgd"],
        "At the ECB rate for 2025-02-20/21 (1.337 SGD per USD) US$2.80 billion is S$3.74 billion.",
    ),
    (
        "d16d",
        ["d16.bb", "d16.bb_sgd"],
        "At 1.337 SGD per USD, US$500 million is S$669 million, 'S$670 million'.",
    ),
    (
        "d16e",
        ["d16.q4", "d16.rev"],
        "Quarter vs full year: US$764m is the fourth quarter, US$2.80bn the year.",
    ),
    (
        "d16f",
        ["d16.mcap", "d16.spac"],
        "US$40bn is the December 2021 merger valuation, US$19bn today's market value: the same company at different dates; 19/40 = 0.475, 'lost more than half'.",
    ),
]
