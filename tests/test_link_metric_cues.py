"""Metric cues read for the right figure: what flows through a business, orders, cash and pay
are no company metric; a price band's ends, a close and a target price are share prices; new
shares issued and what a sale of shares brought in are money raised; an estimate's "put at" is
a value; a share sale or a buyer's agreement makes a value no market value. Every sentence is
invented."""

from __future__ import annotations

import pytest
from helpers import claim_for

CUES = [
    (
        "Orders at Brindle Turbines reached a record €41.2 billion in the year.",
        "€41.2 billion",
        "other",
    ),
    (
        "Brindle's new bookings came to €7.4 billion, leaving a backlog of about €38 billion.",
        "€7.4 billion",
        "other",
    ),
    (
        "The value of payments handled for merchants by Pellucid rose to €880 billion.",
        "€880 billion",
        "other",
    ),
    ("Pellucid's gross merchandise value reached $7.2 billion last year.", "$7.2 billion", "other"),
    ("Halvorsen Mining holds net cash of roughly $3 billion.", "$3 billion", "other"),
    (
        "Lanfang ended the year with $41.3 billion in cash and marketable securities.",
        "$41.3 billion",
        "other",
    ),
    (
        "Chief executive Ada Brun could collect awards worth as much as $40 million.",
        "$40 million",
        "other",
    ),
    ("His 2024 pay package was valued at $88 million.", "$88 million", "other"),
    ("Monthly average revenue per active customer at Pellucid was $9.40.", "$9.40", "other"),
    (
        "The offer is a 28% premium to Marlow Steel's close of $48.20 on Friday.",
        "$48.20",
        "share_price",
    ),
    ("Analysts at Kestrel Bank set a target price of HK$145 for Lanfang.", "HK$145", "share_price"),
    (
        "The Rs 9,400 crore IPO of Vantor Foods was priced at the top of the Rs 512-540 band.",
        "Rs 512",
        "share_price",
    ),
    (
        "The Rs 9,400 crore IPO of Vantor Foods was priced at the top of the Rs 512-540 band.",
        "540",
        "share_price",
    ),
    (
        "The IPO of Vantor Foods combines a fresh issue of shares worth Rs 3,200 crore with an "
        "offer for sale by existing investors.",
        "Rs 3,200 crore",
        "funding",
    ),
    ("At Rs 410 per share, the total Offer size is Rs 4,515 crore.", "Rs 4,515 crore", "funding"),
    ("The sale of 2 billion shares brought in $14.4 billion.", "$14.4 billion", "funding"),
    ("Between them, the three rounds brought in $610 million.", "$610 million", "funding"),
    ("Quillon's stores brought in $2.1 billion last year.", "$2.1 billion", "revenue"),
    ("The latest tender put the figure at $44 billion.", "$44 billion", "valuation"),
    (
        "Ostrava joined a round led by Harwick at a valuation put at around $12 billion.",
        "$12 billion",
        "valuation",
    ),
    ("Harwick Capital is committing $6 billion to Orrin's round.", "$6 billion", "investment"),
    ("Tarsen Ventures loses ¥1.2 trillion as startup valuations fall", "¥1.2 trillion", "loss"),
    # A value set by a sale of existing shares or by a buyer is not a market value, even in
    # a sentence about a listed company's shares.
    (
        "Quorra, whose shares rose 3% on Monday, was valued at $21 billion in an employee share "
        "sale.",
        "$21 billion",
        "valuation",
    ),
    (
        "Brekka agreed to buy Tolland for 190p a share in cash, valuing the London-listed company "
        "at £3.1 billion.",
        "£3.1 billion",
        "valuation",
    ),
    (
        "Vantor, whose shares rose 9%, was valued at more than $800 billion after a carmaker said "
        "it would buy 40,000 of its trucks.",
        "$800 billion",
        "market_cap",
    ),
    ("Orrin Foods put the transaction value at $910 million.", "$910 million", "price_paid"),
]


@pytest.mark.parametrize(("text", "figure", "metric"), CUES)
def test_a_cue_is_read_for_its_own_figure(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric


# Per-share amounts a company pays or earns are no share prices; a share price in a currency of
# small units may run to tens of thousands; a payment every period is no price paid; an amount
# right after "sold" is sales; a Chinese unit governs the amount right after it, not one that a
# cue of its own introduces later.
AMOUNTS = [
    (
        "The board of Tarlow Mining declared a final dividend of Rs 9 a share and a special "
        "dividend of Rs 3.",
        "Rs 3",
        "other",
    ),
    ("Halvorsen reported a GAAP loss per share $0.41; non-GAAP EPS $0.05.", "$0.41", "other"),
    (
        "Lanfang proposed a final dividend of HK$3.10 per share, up from HK$2.60.",
        "HK$2.60",
        "other",
    ),
    (
        "Shares of Tarlow Mining were down 4% at 212.5p as analysts worried over future earnings.",
        "212.5p",
        "share_price",
    ),
    (
        "Shares of Dongwon Steel closed up 2.1 percent at 71,400 won on Friday.",
        "71,400 won",
        "share_price",
    ),
    (
        "Pellucid has agreed to pay around $45 million a year to license the archive of Quorra.",
        "$45 million",
        "other",
    ),
    ("Its Plus members pay $79 a year for free delivery.", "$79", "other"),
    ("Orrin bought Tessaly for $910 million in cash.", "$910 million", "price_paid"),
    ("Brindle's new drug alone sold $6.3 billion in the nine months.", "$6.3 billion", "revenue"),
    ("Brindle sold $2 billion of bonds in March.", "$2 billion", "price_paid"),
    ("公司以每股12美元的价格募资约31亿美元。", "31亿美元", "funding"),
    ("公司以每股12美元的价格募资约31亿美元。", "12美元", "share_price"),
    ("大股东套现逾15亿元。", "15亿元", "price_paid"),
]


@pytest.mark.parametrize(("text", "figure", "metric"), AMOUNTS)
def test_an_amount_is_read_for_what_it_is(tmp_path, text, figure, metric):
    assert claim_for(tmp_path, text, figure).metric == metric
