"""Hand-written labels for heldout5.

MENTIONS: per document, every money mention in document order as
    (text, value, currency, entity, metric, period)
PROBLEMS / TRAPS refer to a mention as "NN|text" or "NN|text|k", where NN is the
document number and k is the k-th LABELLED mention with that exact text in that
document (default 1). build.py turns these into (doc, text, occurrence).
"""

B, M, K = 1e9, 1e6, 1e3
T = 1e12
YI, WAN = 1e8, 1e4  # 亿, 万
CRORE, LAKH_CRORE = 1e7, 1e12

MENTIONS = {
    "01_aramco_ipo_wire.md": [
        ("$25.6 BILLION", 25.6 * B, "USD", "Saudi Aramco", "funding", "2019-12"),
        ("$25.6 BILLION", 25.6 * B, "USD", "Saudi Aramco", "funding", "2019-12"),
        ("SAR 32", 32, "SAR", "Saudi Aramco", "share_price", "2019-12"),
        ("SAR 30", 30, "SAR", "Saudi Aramco", "share_price", "2019-12"),
        ("SAR 32", 32, "SAR", "Saudi Aramco", "share_price", "2019-12"),
        ("SAR 96 billion", 96 * B, "SAR", "Saudi Aramco", "funding", "2019-12"),
        ("$25.6 billion", 25.6 * B, "USD", "Saudi Aramco", "funding", "2019-12"),
        ("SAR 6.4 trillion", 6.4 * T, "SAR", "Saudi Aramco", "valuation", "2019-12"),
        ("$1.7 trillion", 1.7 * T, "USD", "Saudi Aramco", "valuation", "2019-12"),
        ("SAR 3.75", 3.75, "SAR", None, "other", "2019-12"),
        ("$25 billion", 25 * B, "USD", "Alibaba", "funding", "2014-09"),
        ("$2 trillion", 2 * T, "USD", "Saudi Aramco", "valuation", "2016"),
        ("SAR 110.4 billion", 110.4 * B, "SAR", "Saudi Aramco", "funding", "2019-12"),
        ("$29.4 billion", 29.4 * B, "USD", "Saudi Aramco", "funding", "2019-12"),
        ("SAR 446 billion", 446 * B, "SAR", "Saudi Aramco", "other", "2019-12"),
        ("$119 billion", 119 * B, "USD", "Saudi Aramco", "other", "2019-12"),
        ("SAR 49 billion", 49 * B, "SAR", "Saudi Aramco", "other", "2019-12"),
        ("$111.1 billion", 111.1 * B, "USD", "Saudi Aramco", "profit", "2018"),
        ("$59.5 billion", 59.5 * B, "USD", "Apple", "profit", "2018"),
        ("$68.2 billion", 68.2 * B, "USD", "Saudi Aramco", "profit", "2019-09"),
        ("$83.3 billion", 83.3 * B, "USD", "Saudi Aramco", "profit", "2018-09"),
        ("SAR 35.20", 35.20, "SAR", "Saudi Aramco", "share_price", "2019-12"),
    ],
    "02_aramco_debut_gulf_daily.md": [
        ("SAR 35.20", 35.20, "SAR", "Saudi Aramco", "share_price", "2019-12"),
        ("SAR 7.04 trillion", 7.04 * T, "SAR", "Saudi Aramco", "market_cap", "2019-12"),
        ("$1.88 trillion", 1.88 * T, "USD", "Saudi Aramco", "market_cap", "2019-12"),
        ("3.75 riyals", 3.75, "SAR", None, "other", "2019-12"),
        ("$26.5 billion", 26.5 * B, "USD", "Saudi Aramco", "funding", "2019-12"),
        ("SAR 32", 32, "SAR", "Saudi Aramco", "share_price", "2019-12"),
        ("$1.88 trillion", 1.88 * T, "USD", "Saudi Aramco", "market_cap", "2019-12"),
        ("$1.2 trillion", 1.2 * T, "USD", "Apple", "market_cap", "2019-12"),
        ("SAR 33.60", 33.60, "SAR", "Saudi Aramco", "share_price", "2019-12"),
        ("$75 billion", 75 * B, "USD", "Saudi Aramco", "other", "2020"),
        ("SAR 281.25 billion", 281.25 * B, "SAR", "Saudi Aramco", "other", "2020"),
    ],
    "03_gulf_notebook_adnoc_emirates_careem.md": [
        ("AED 3.6725", 3.6725, "AED", None, "other", "2023-05"),
        ("AED 2.37", 2.37, "AED", "ADNOC Gas", "share_price", "2023-03"),
        ("9.1 billion", 9.1 * B, None, "ADNOC Gas", "funding", "2023-03"),
        ("AED 181.9 billion", 181.9 * B, "AED", "ADNOC Gas", "valuation", "2023-03"),
        ("$49.5 billion", 49.5 * B, "USD", "ADNOC Gas", "valuation", "2023-03"),
        ("AED 2.94", 2.94, "AED", "ADNOC Gas", "share_price", "2023-03"),
        ("AED 10.9 billion", 10.9 * B, "AED", "Emirates Group", "profit", "2023"),
        ("$3.0 billion", 3.0 * B, "USD", "Emirates Group", "profit", "2023"),
        ("AED 3.9 billion", 3.9 * B, "AED", "Emirates Group", "loss", "2022"),
        ("AED 119.8 billion", 119.8 * B, "AED", "Emirates Group", "revenue", "2023"),
        ("AED 66.2 billion", 66.2 * B, "AED", "Emirates Group", "revenue", "2022"),
        ("AED 10.6 billion", 10.6 * B, "AED", "Emirates", "profit", "2023"),
        ("AED 304 million", 304 * M, "AED", "dnata", "profit", "2023"),
        ("$10.9 billion dirhams", 10.9 * B, "AED", "Emirates Group", "profit", "2023"),
        ("$3.1 billion", 3.1 * B, "USD", "Careem", "price_paid", "2019-03"),
        ("$1.4 billion", 1.4 * B, "USD", "Careem", "price_paid", "2019-03"),
        ("$1.7 billion", 1.7 * B, "USD", "Careem", "price_paid", "2019-03"),
        ("$400 million", 400 * M, "USD", "Careem", "price_paid", "2023-04"),
        ("$1.2 billion", 1.2 * B, "USD", "Careem", "valuation", "2023-04"),
    ],
    "04_safaricom_desk_notes.md": [
        ("KES 52.5bn", 52.5 * B, "KES", "Safaricom", "profit", "2023"),
        ("KES 67.5bn", 67.5 * B, "KES", "Safaricom", "profit", "2022"),
        ("KES 69.6bn", 69.6 * B, "KES", "Safaricom Kenya", "profit", "2023"),
        ("KES 17.1bn", 17.1 * B, "KES", "Safaricom Ethiopia", "loss", "2023"),
        ("KES 310.9bn", 310.9 * B, "KES", "Safaricom", "revenue", "2023"),
        ("KES 117.2bn", 117.2 * B, "KES", "Safaricom", "revenue", "2023"),
        ("KES 81.0bn", 81.0 * B, "KES", "Safaricom", "revenue", "2023"),
        ("KES 53.6bn", 53.6 * B, "KES", "Safaricom", "revenue", "2023"),
        ("KES 14.4bn", 14.4 * B, "KES", "Safaricom", "revenue", "2023"),
        ("KES 276.2bn", 276.2 * B, "KES", "Safaricom", "revenue", "2023"),
        ("KES 35.9trn", 35.9 * T, "KES", "Safaricom", "other", "2023"),
        ("KES 1,000", 1000, "KES", None, "other", None),
        ("KES 13", 13, "KES", "Safaricom", "other", None),
        ("KES 20", 20, "KES", "Safaricom", "other", None),
        ("KES 1.20", 1.20, "KES", "Safaricom", "other", "2023"),
        ("KES 48.1bn", 48.1 * B, "KES", "Safaricom", "other", "2023"),
        ("KES 132", 132, "KES", None, "other", "2023-03"),
        ("$398m", 398 * M, "USD", "Safaricom", "profit", "2023"),
        ("KES 62.5bn", 62.5 * B, "KES", "Safaricom", "profit", "2023"),
    ],
    "05_mtn_nigeria_fine_wire.md": [
        ("N330 billion", 330 * B, "NGN", "MTN Group", "other", "2016-06"),
        ("₦330 billion", 330 * B, "NGN", "MTN Group", "other", "2016-06"),
        ("$1.7 billion", 1.7 * B, "USD", "MTN Group", "other", "2016-06"),
        ("₦1.04 trillion", 1.04 * T, "NGN", "MTN Group", "other", "2015-10"),
        ("$5.2 billion", 5.2 * B, "USD", "MTN Group", "other", "2015-10"),
        ("₦50 billion", 50 * B, "NGN", "MTN Group", "other", "2016-02"),
        ("₦197", 197, "NGN", None, "other", "2016-06"),
        ("₦350", 350, "NGN", None, "other", "2016-06"),
        ("$1.04 trillion naira", 1.04 * T, "NGN", "MTN Group", "other", "2015-10"),
        ("R250 billion", 250 * B, "ZAR", "MTN Group", "market_cap", "2016-06"),
        ("$16.6 billion", 16.6 * B, "USD", "MTN Group", "market_cap", "2016-06"),
        ("R2.6 billion", 2.6 * B, "ZAR", "MTN Group", "loss", "2015"),
        ("R20.2 billion", 20.2 * B, "ZAR", "MTN Group", "profit", "2014"),
        ("R146.9 billion", 146.9 * B, "ZAR", "MTN Group", "revenue", "2015"),
    ],
    "06_prosus_tencent_sale.md": [
        ("$14.7 billion", 14.7 * B, "USD", "Tencent", "price_paid", "2021-04"),
        ("HK$594", 594, "HKD", "Tencent", "share_price", "2021-04"),
        ("HK$114 billion", 114 * B, "HKD", "Tencent", "price_paid", "2021-04"),
        ("$14.7 billion", 14.7 * B, "USD", "Tencent", "price_paid", "2021-04"),
        ("HK$5.7 trillion", 5.7 * T, "HKD", "Tencent", "market_cap", "2021-04"),
        ("HK$1.65 trillion", 1.65 * T, "HKD", "Tencent", "other", "2021-04"),
        ("$32 million", 32 * M, "USD", "Tencent", "price_paid", "2001"),
        ("R1.4 trillion", 1.4 * T, "ZAR", "Naspers", "market_cap", "2021-04"),
        ("$96 billion", 96 * B, "USD", "Naspers", "market_cap", "2021-04"),
    ],
    "07_africa_fintech_note.md": [
        ("$3 billion", 3 * B, "USD", "Flutterwave", "valuation", "2022-02"),
        ("$250 million", 250 * M, "USD", "Flutterwave", "funding", "2022-02"),
        ("$3 billion", 3 * B, "USD", "Flutterwave", "valuation", "2022-02"),
        ("$1 billion", 1 * B, "USD", "Flutterwave", "valuation", "2021-03"),
        ("$170 million", 170 * M, "USD", "Flutterwave", "funding", "2021-03"),
        ("$400 million", 400 * M, "USD", "OPay", "funding", "2021-08"),
        ("$250 million", 250 * M, "USD", "Flutterwave", "funding", "2022-02"),
        ("$200 million", 200 * M, "USD", "Wave", "funding", "2021-09"),
        ("$55 million", 55 * M, "USD", "Kuda", "funding", "2021-08"),
        ("$1.05 billion", 1.05 * B, "USD", None, "funding", None),
        ("150 million", 150 * M, None, "Chipper Cash", "funding", "2021-11"),
        ("₦416", 416, "NGN", None, "other", "2022-02"),
        ("EGP 15.7", 15.7, "EGP", None, "other", "2022-02"),
        ("EGP 27 billion", 27 * B, "EGP", "Fawry", "market_cap", "2022-02"),
        ("$1.7 billion", 1.7 * B, "USD", "Fawry", "market_cap", "2022-02"),
        ("KES 107.7 billion", 107.7 * B, "KES", "Safaricom", "revenue", "2021"),
        ("$14.50", 14.50, "USD", "Jumia", "share_price", "2019-04"),
        ("$196 million", 196 * M, "USD", "Jumia", "funding", "2019-04"),
        ("$49", 49, "USD", "Jumia", "share_price", None),
        ("$9", 9, "USD", "Jumia", "share_price", "2022-02"),
        ("$226 million", 226 * M, "USD", "Jumia", "loss", "2021"),
        ("$201 million", 201 * M, "USD", "Jumia", "revenue", "2021"),
        ("₦1.04 trillion", 1.04 * T, "NGN", "MTN Group", "other", "2015"),
        ("₦330 billion", 330 * B, "NGN", "MTN Group", "other", None),
    ],
    "08_tata_motors_fy24_results.md": [
        ("4,37,928", 437928 * CRORE, "INR", "Tata Motors", "revenue", "2024"),
        ("3,45,967", 345967 * CRORE, "INR", "Tata Motors", "revenue", "2023"),
        ("31,807", 31807 * CRORE, "INR", "Tata Motors", "profit", "2024"),
        ("2,414", 2414 * CRORE, "INR", "Tata Motors", "profit", "2023"),
        ("29,000", 29000 * M, "GBP", "Jaguar Land Rover", "revenue", "2024"),
        ("22,809", 22809 * M, "GBP", "Jaguar Land Rover", "revenue", "2023"),
        ("2,186", 2186 * M, "GBP", "Jaguar Land Rover", "profit", "2024"),
        ("64", 64 * M, "GBP", "Jaguar Land Rover", "profit", "2023"),
        ("2,260", 2260 * M, "GBP", "Jaguar Land Rover", "other", "2024"),
        ("521", 521 * M, "GBP", "Jaguar Land Rover", "other", "2023"),
        ("Rs 4.38 lakh crore", 4.38 * LAKH_CRORE, "INR", "Tata Motors", "revenue", "2024"),
        ("$52 billion", 52 * B, "USD", "Tata Motors", "revenue", "2024"),
        ("£29.0 billion", 29.0 * B, "GBP", "Jaguar Land Rover", "revenue", "2024"),
        ("£22.8 billion", 22.8 * B, "GBP", "Jaguar Land Rover", "revenue", "2023"),
        ("£2.2 billion", 2.2 * B, "GBP", "Jaguar Land Rover", "profit", "2024"),
        ("Rs 31,807 crore", 31807 * CRORE, "INR", "Tata Motors", "profit", "2024"),
        ("$3.8 billion", 3.8 * B, "USD", "Tata Motors", "profit", "2024"),
        ("Rs 6", 6, "INR", "Tata Motors", "other", "2024"),
        ("Rs 2", 2, "INR", "Tata Motors", "other", "2024"),
        ("Rs 31,807", 31807, "INR", "Tata Motors", "profit", "2024"),
        ("$2.3 billion", 2.3 * B, "USD", "Jaguar Land Rover", "price_paid", "2008-03"),
        ("$2.5 billion", 2.5 * B, "USD", "Jaguar", "price_paid", "1989"),
        ("$2.7 billion", 2.7 * B, "USD", "Land Rover", "price_paid", "2000"),
        ("$5.2 billion", 5.2 * B, "USD", "Jaguar Land Rover", "price_paid", None),
    ],
    "09_paytm_zomato_qa.md": [
        ("Rs 2,150", 2150, "INR", "Paytm", "share_price", "2021-11"),
        ("Rs 18,300 crore", 18300 * CRORE, "INR", "Paytm", "funding", "2021-11"),
        ("$3.5 billion", 3.5 * B, "USD", "Paytm", "funding", "2021-11"),
        ("Rs 1,955", 1955, "INR", "Paytm", "share_price", "2021-11"),
        ("Rs 1,564", 1564, "INR", "Paytm", "share_price", "2021-11"),
        ("Rs 8,300 crore", 8300 * CRORE, "INR", "Paytm", "funding", "2021-11"),
        ("Rs 10,000 crore", 10000 * CRORE, "INR", "Paytm", "funding", "2021-11"),
        ("Rs 1.39 lakh crore", 1.39 * LAKH_CRORE, "INR", "Paytm", "valuation", "2021-11"),
        ("Rs 1.01 lakh crore", 1.01 * LAKH_CRORE, "INR", "Paytm", "market_cap", "2021-11"),
        ("Rs 74.3", 74.3, "INR", None, "other", "2021-11"),
        ("Rs 38,000 crore", 38000 * CRORE, "INR", "Paytm", "other", "2021-11"),
        ("$5.1 billion", 5.1 * B, "USD", "Paytm", "other", "2021-11"),
        ("Rs 1,701 crore", 1701 * CRORE, "INR", "Paytm", "loss", "2021"),
        ("Rs 2,802 crore", 2802 * CRORE, "INR", "Paytm", "revenue", "2021"),
        ("Rs 76", 76, "INR", "Zomato", "share_price", "2021-07"),
        ("Rs 9,375 crore", 9375 * CRORE, "INR", "Zomato", "funding", "2021-07"),
        ("$1.3 billion", 1.3 * B, "USD", "Zomato", "funding", "2021-07"),
        ("Rs 9,000 crore", 9000 * CRORE, "INR", "Zomato", "funding", "2021-07"),
        ("Rs 375 crore", 375 * CRORE, "INR", "Zomato", "funding", "2021-07"),
        ("Rs 115", 115, "INR", "Zomato", "share_price", "2021-07"),
        ("Rs 1 lakh crore", 1 * LAKH_CRORE, "INR", "Zomato", "market_cap", "2021-07"),
        ("Rs 200", 200, "INR", "Zomato", "other", None),
        ("$350 million", 350 * M, "USD", "Zomato", "price_paid", "2020-01"),
        ("$3.5 billion", 3.5 * B, "USD", "Zomato", "valuation", "2020-01"),
    ],
    "10_arm_nasdaq_debut.md": [
        ("$65 billion", 65 * B, "USD", "Arm", "market_cap", "2023-09"),
        ("$51", 51, "USD", "Arm", "share_price", "2023-09"),
        ("$47", 47, "USD", "Arm", "share_price", "2023-09"),
        ("$51", 51, "USD", "Arm", "share_price", "2023-09"),
        ("$4.87 billion", 4.87 * B, "USD", "Arm", "funding", "2023-09"),
        ("$54.5 billion", 54.5 * B, "USD", "Arm", "valuation", "2023-09"),
        ("$56.10", 56.10, "USD", "Arm", "share_price", "2023-09"),
        ("$63.59", 63.59, "USD", "Arm", "share_price", "2023-09"),
        ("$65 billion", 65 * B, "USD", "Arm", "market_cap", "2023-09"),
        ("$68 billion", 68 * B, "USD", "Arm", "market_cap", "2023-09"),
        ("$64 billion", 64 * B, "USD", "Arm", "valuation", "2023-08"),
        ("$16 billion", 16 * B, "USD", "Arm", "price_paid", "2023-08"),
        ("£24.3 billion", 24.3 * B, "GBP", "Arm", "price_paid", "2016-07"),
        ("$32 billion", 32 * B, "USD", "Arm", "price_paid", "2016-07"),
        ("$40 billion", 40 * B, "USD", "Arm", "price_paid", "2020"),
        ("$24.3 billion pounds", 24.3 * B, "GBP", "Arm", "price_paid", "2016-07"),
        ("$2.68 billion", 2.68 * B, "USD", "Arm", "revenue", "2023"),
        ("$2.70 billion", 2.70 * B, "USD", "Arm", "revenue", "2022"),
        ("$524 million", 524 * M, "USD", "Arm", "profit", "2023"),
        ("$65 billion", 65 * B, "USD", "Arm", "market_cap", "2023-09"),
    ],
    "11_deliveroo_ipo_slump.md": [
        ("390p", 3.90, "GBP", "Deliveroo", "share_price", "2021-03"),
        ("390p", 3.90, "GBP", "Deliveroo", "share_price", "2021-03"),
        ("460p", 4.60, "GBP", "Deliveroo", "share_price", "2021-03"),
        ("271p", 2.71, "GBP", "Deliveroo", "share_price", "2021-03"),
        ("287p", 2.87, "GBP", "Deliveroo", "share_price", "2021-03"),
        ("£1.5 billion", 1.5 * B, "GBP", "Deliveroo", "funding", "2021-03"),
        ("£1 billion", 1 * B, "GBP", "Deliveroo", "funding", "2021-03"),
        ("£500 million", 500 * M, "GBP", "Deliveroo", "funding", "2021-03"),
        ("£7.6 billion", 7.6 * B, "GBP", "Deliveroo", "valuation", "2021-03"),
        ("$8.8 billion", 8.8 * B, "USD", "Deliveroo", "valuation", "2021-03"),
        ("£5.6 billion", 5.6 * B, "GBP", "Deliveroo", "market_cap", "2021-03"),
        ("£2 billion", 2 * B, "GBP", "Deliveroo", "other", "2021-03"),
        ("£1.2 billion", 1.2 * B, "GBP", "Deliveroo", "other", "2021-03"),
        ("£224 million", 224 * M, "GBP", "Deliveroo", "loss", "2020"),
        ("£1.19 billion", 1.19 * B, "GBP", "Deliveroo", "revenue", "2020"),
        ("£4.1 billion", 4.1 * B, "GBP", "Deliveroo", "other", "2020"),
        ("£3.49", 3.49, "GBP", "Deliveroo", "other", None),
    ],
    "12_doordash_deliveroo_deal.md": [
        ("180p", 1.80, "GBP", "Deliveroo", "share_price", None),
        ("£2.9 billion", 2.9 * B, "GBP", "Deliveroo", "valuation", None),
        ("$2.4 billion", 2.4 * B, "USD", "Deliveroo", "valuation", None),
        ("176p", 1.76, "GBP", "Deliveroo", "share_price", None),
        ("125p", 1.25, "GBP", "Deliveroo", "share_price", None),
        ("390p", 3.90, "GBP", "Deliveroo", "share_price", "2020-03"),
        ("£2.07 billion", 2.07 * B, "GBP", "Deliveroo", "revenue", "2024"),
        ("£2.9 million", 2.9 * M, "GBP", "Deliveroo", "profit", "2024"),
        ("£7.4 billion", 7.4 * B, "GBP", "Deliveroo", "other", "2024"),
        ("£400 million", 400 * M, "GBP", "Deliveroo", "other", None),
    ],
    "13_city_column_bp_rolls_darktrace.md": [
        ("$13.8 billion", 13.8 * B, "USD", "BP", "profit", "2023"),
        ("$27.7 billion", 27.7 * B, "USD", "BP", "profit", "2022"),
        ("$12.8 billion", 12.8 * B, "USD", "BP", "profit", "2021"),
        ("$2.5 billion", 2.5 * B, "USD", "BP", "loss", "2022"),
        ("£1.59 billion", 1.59 * B, "GBP", "Rolls-Royce", "profit", "2023"),
        ("£15.4 billion", 15.4 * B, "GBP", "Rolls-Royce", "revenue", "2023"),
        ("£652 million", 652 * M, "GBP", "Rolls-Royce", "profit", "2022"),
        ("70p", 0.70, "GBP", "Rolls-Royce", "share_price", "2022"),
        ("400p", 4.00, "GBP", "Rolls-Royce", "share_price", "2024-04"),
        ("$7.75", 7.75, "USD", "Darktrace", "share_price", "2024-04"),
        ("$5.3 billion", 5.3 * B, "USD", "Darktrace", "price_paid", "2024-04"),
        ("£3.4 billion", 3.4 * B, "GBP", "Darktrace", "price_paid", "2024-04"),
        ("620p", 6.20, "GBP", "Darktrace", "share_price", "2024-04"),
        ("517p", 5.17, "GBP", "Darktrace", "share_price", "2024-04"),
        ("250p", 2.50, "GBP", "Darktrace", "share_price", "2021-04"),
        ("£24.3 billion", 24.3 * B, "GBP", "Arm", "price_paid", "2017"),
    ],
    "14_revolut_monzo_valuations.md": [
        ("$45 billion", 45 * B, "USD", "Revolut", "valuation", "2024-08"),
        ("£4.5 billion", 4.5 * B, "GBP", "Monzo", "valuation", "2024-05"),
        ("$45 billion", 45 * B, "USD", "Revolut", "valuation", "2024-08"),
        ("$500 million", 500 * M, "USD", "Revolut", "price_paid", "2024-08"),
        ("$33 billion", 33 * B, "USD", "Revolut", "valuation", "2021"),
        ("$800 million", 800 * M, "USD", "Revolut", "funding", "2021"),
        ("£438 million", 438 * M, "GBP", "Revolut", "profit", "2023"),
        ("£1.8 billion", 1.8 * B, "GBP", "Revolut", "revenue", "2023"),
        ("£921 million", 921 * M, "GBP", "Revolut", "revenue", "2022"),
        ("£344 million", 344 * M, "GBP", "Revolut", "profit", "2023"),
        ("£348 million", 348 * M, "GBP", "Revolut", "profit", "2023"),
        ("£3.99", 3.99, "GBP", "Revolut", "other", None),
        ("£45", 45, "GBP", "Revolut", "other", None),
        ("$430 million", 430 * M, "USD", "Monzo", "funding", "2024-03"),
        ("$190 million", 190 * M, "USD", "Monzo", "funding", "2024-05"),
        ("$620 million", 620 * M, "USD", "Monzo", "funding", "2024-05"),
        ("£4.5 billion", 4.5 * B, "GBP", "Monzo", "valuation", "2024-05"),
        ("$5.9 billion", 5.9 * B, "USD", "Monzo", "valuation", "2024-05"),
        ("£15.4 million", 15.4 * M, "GBP", "Monzo", "profit", "2024"),
        ("£880 million", 880 * M, "GBP", "Monzo", "revenue", "2024"),
        ("£4.5", 4.5, "GBP", "Monzo", "valuation", "2024-05"),
        ("£3", 3, "GBP", "Monzo", "other", None),
    ],
    "15_zh_platform_fines.md": [
        ("80.26亿元", 80.26 * YI, "CNY", "Didi", "other", "2022-07"),
        ("人民币80.26亿元", 80.26 * YI, "CNY", "Didi", "other", "2022-07"),
        ("人民币100万元", 100 * WAN, "CNY", "Cheng Wei and Jean Liu", "other", "2022-07"),
        ("80.26亿元", 80.26 * YI, "CNY", "Didi", "other", "2022-07"),
        ("11.9亿美元", 11.9 * YI, "USD", "Didi", "other", "2022-07"),
        ("182.28亿元", 182.28 * YI, "CNY", "Alibaba", "other", "2021-04"),
        ("4557.12亿元", 4557.12 * YI, "CNY", "Alibaba", "revenue", "2019"),
        ("34.42亿元", 34.42 * YI, "CNY", "Meituan", "other", "2021-10"),
        ("1147.48亿元", 1147.48 * YI, "CNY", "Meituan", "revenue", "2020"),
        ("269亿元", 269 * YI, "CNY", None, "other", None),
        ("14美元", 14, "USD", "Didi", "share_price", "2021-06"),
        ("44亿美元", 44 * YI, "USD", "Didi", "funding", "2021-06"),
        ("680亿美元", 680 * YI, "USD", "Didi", "valuation", "2021-06"),
        ("2.5美元", 2.5, "USD", "Didi", "share_price", "2022-07"),
    ],
    "16_zh_prosus_tencent.md": [
        ("千亿港元", 1000 * YI, "HKD", "Tencent", "price_paid", "2021-04"),
        ("549港元", 549, "HKD", "Tencent", "share_price", "2021-04"),
        ("1140亿港元", 1140 * YI, "HKD", "Tencent", "price_paid", "2021-04"),
        ("146.6亿美元", 146.6 * YI, "USD", "Tencent", "price_paid", "2021-04"),
        ("5.7万亿港元", 5.7 * T, "HKD", "Tencent", "market_cap", "2021-04"),
        ("3200万美元", 3200 * WAN, "USD", "Tencent", "price_paid", "2001"),
        ("1140港元", 1140, "HKD", "Tencent", "price_paid", "2021-04"),
        ("4820.64亿元", 4820.64 * YI, "CNY", "Tencent", "revenue", "2020"),
        ("1598.47亿元", 1598.47 * YI, "CNY", "Tencent", "profit", "2020"),
    ],
    "17_zh_ant_group.md": [
        ("71.23亿元", 71.23 * YI, "CNY", "Ant Group", "other", "2023-07"),
        ("71.23亿元", 71.23 * YI, "CNY", "Ant Group", "other", "2023-07"),
        ("人民币71.23亿美元", 71.23 * YI, "CNY", "Ant Group", "other", "2023-07"),
        ("5671亿元", 5671 * YI, "CNY", "Ant Group", "valuation", "2023-07"),
        ("788亿美元", 788 * YI, "USD", "Ant Group", "valuation", "2023-07"),
        ("231亿元", 231 * YI, "CNY", "Ant Group", "price_paid", "2023-07"),
        ("345亿美元", 345 * YI, "USD", "Ant Group", "funding", "2020-11"),
        ("294亿美元", 294 * YI, "USD", "Saudi Aramco", "funding", "2019-12"),
        ("2.1万亿元", 2.1 * T, "CNY", "Ant Group", "valuation", "2020-11"),
        ("1871亿元", 1871 * YI, "CNY", "Ant Group", "other", "2023-07"),
        ("182.28亿元", 182.28 * YI, "CNY", "Alibaba", "other", "2020-04"),
    ],
    "18_zh_byd_geely.md": [
        ("300亿元", 300 * YI, "CNY", "BYD", "profit", "2023"),
        ("6023.15亿元", 6023.15 * YI, "CNY", "BYD", "revenue", "2023"),
        ("4240.61亿元", 4240.61 * YI, "CNY", "BYD", "revenue", "2022"),
        ("300.41亿元", 300.41 * YI, "CNY", "BYD", "profit", "2023"),
        ("41.6亿美元", 41.6 * YI, "USD", "BYD", "profit", "2023"),
        ("166.22亿元", 166.22 * YI, "CNY", "BYD", "profit", "2022"),
        ("3.096元", 3.096, "CNY", "BYD", "other", "2023"),
        ("90.13亿元", 90.13 * YI, "CNY", "BYD", "other", "2023"),
        ("8港元", 8, "HKD", "BYD", "share_price", "2008-09"),
        ("18亿港元", 18 * YI, "HKD", "BYD", "price_paid", "2008-09"),
        ("2.3亿美元", 2.3 * YI, "USD", "BYD", "price_paid", "2008-09"),
        ("23亿美元", 23 * YI, "USD", "BYD", "valuation", "2008-09"),
        ("18亿", 18 * YI, None, "Volvo Cars", "price_paid", "2010"),
        ("23亿美元", 23 * YI, "USD", "Jaguar Land Rover", "price_paid", "2008-03"),
        ("90亿美元", 90 * YI, "USD", "Daimler", "price_paid", "2018-02"),
        ("930亿美元", 930 * YI, "USD", "Daimler", "market_cap", "2018-02"),
    ],
}

# ---------------------------------------------------------------------------
# Planted problems: (type, [flagged figure first, then the evidence], explanation)
PROBLEMS = [
    # currency-conflict
    (
        "currency-conflict",
        ["03|$10.9 billion dirhams", "03|AED 10.9 billion"],
        "Emirates Group's record profit is written '$10.9 billion dirhams' (dollar sign plus dirhams); the same column gives it as AED 10.9 billion, i.e. about $3.0 billion.",
    ),
    (
        "currency-conflict",
        ["05|$1.04 trillion naira", "05|₦1.04 trillion"],
        "The original SIM-card penalty is written '$1.04 trillion naira' (dollar sign plus naira); the story gives it earlier as ₦1.04 trillion, or $5.2 billion.",
    ),
    (
        "currency-conflict",
        ["10|$24.3 billion pounds", "10|£24.3 billion"],
        "SoftBank's 2016 purchase price is written '$24.3 billion pounds' (dollar sign plus pounds); the same paragraph gives it as £24.3 billion ($32 billion).",
    ),
    (
        "currency-conflict",
        ["17|人民币71.23亿美元", "17|71.23亿元|2"],
        "Ant Group's penalty is written '人民币71.23亿美元' (renminbi marker plus US dollars); the same article and the headline give it as 71.23亿元 (yuan).",
    ),
    # missing-scale
    (
        "missing-scale",
        ["08|Rs 31,807", "08|Rs 31,807 crore"],
        "'a net profit of Rs 31,807' has lost the word crore: the group's FY24 net profit is Rs 31,807 crore in the table header unit and earlier in the text.",
    ),
    (
        "missing-scale",
        ["14|£4.5", "14|£4.5 billion|2"],
        "'Monzo's £4.5 valuation' has lost its magnitude: the same article gives Monzo's valuation as £4.5 billion ($5.9 billion).",
    ),
    (
        "missing-scale",
        ["16|1140港元", "16|1140亿港元"],
        "'这笔1140港元的资金' has lost 亿: the proceeds of the Tencent share sale are 1140亿港元 (HK$114 billion) earlier in the article.",
    ),
    # missing-currency
    (
        "missing-currency",
        ["03|9.1 billion"],
        "ADNOC Gas's IPO proceeds are 'raised 9.1 billion' with no currency in a column that uses both dirhams and dollars (the offering raised about AED 9.1 billion, some $2.5 billion).",
    ),
    (
        "missing-currency",
        ["07|150 million"],
        "Chipper Cash's Series C extension is '150 million' with no currency in a note that mixes dollars, naira, Egyptian pounds and shillings (it was $150 million).",
    ),
    (
        "missing-currency",
        ["18|18亿"],
        "Geely's purchase of Volvo Cars is '作价18亿' with no currency in an article that uses 元, 港元 and 美元 side by side (the price was about 18亿美元, $1.8 billion).",
    ),
    # fx-mismatch
    (
        "fx-mismatch",
        ["09|$3.5 billion", "09|Rs 18,300 crore"],
        "Rs 18,300 crore at the rate the article itself quotes (about Rs 74.3 per dollar) is about $2.5 billion, not $3.5 billion.",
    ),
    (
        "fx-mismatch",
        ["11|$8.8 billion", "11|£7.6 billion"],
        "At the end-March 2021 rate (about $1.38 per pound) £7.6 billion is about $10.5 billion, not $8.8 billion.",
    ),
    (
        "fx-mismatch",
        ["13|£3.4 billion", "13|$5.3 billion"],
        "At the April 2024 rate (about $1.25 per pound) $5.3 billion is about £4.2 billion, not £3.4 billion; the same column's 620p a share confirms the higher figure.",
    ),
    (
        "fx-mismatch",
        ["12|$2.4 billion", "12|£2.9 billion"],
        "The note is undated, but at any dollar-sterling rate of 2020-2026 ($1.07 to $1.42 per pound) £2.9 billion is $3.1 billion to $4.1 billion, never $2.4 billion.",
    ),
    # figure-conflict
    (
        "figure-conflict",
        ["02|$26.5 billion", "01|$25.6 billion"],
        "The base proceeds of Aramco's IPO (3 billion shares at SAR 32, SAR 96 billion) are $25.6 billion in doc 01 but $26.5 billion (transposed digits) in doc 02.",
    ),
    (
        "figure-conflict",
        ["16|549港元", "06|HK$594"],
        "Prosus's sale price for its Tencent shares is HK$594 in doc 06 but 549港元 (transposed digits) in doc 16; 1.92亿股 at 549港元 would also not make the stated 1140亿港元.",
    ),
    (
        "figure-conflict",
        ["04|KES 62.5bn", "04|KES 52.5bn"],
        "Safaricom's FY23 group net income is KES 52.5bn in note 1 (and the Kenya/Ethiopia split adds up to it) but KES 62.5bn in note 6.",
    ),
    (
        "figure-conflict",
        ["14|£348 million", "14|£438 million"],
        "Revolut's 2023 pretax profit is £438 million in one sentence and £348 million (transposed digits) two sentences later.",
    ),
    # period-conflict
    (
        "period-conflict",
        ["13|£24.3 billion", "10|£24.3 billion"],
        "SoftBank's £24.3 billion purchase of Arm is dated July 2016 in doc 10 but 2017 in doc 13.",
    ),
    (
        "period-conflict",
        ["12|390p", "11|390p"],
        "Deliveroo floated at 390p in March 2021 (doc 11, dated 2021-03-31); doc 12 dates the same flotation March 2020.",
    ),
    (
        "period-conflict",
        ["17|182.28亿元", "15|182.28亿元"],
        "Alibaba's 182.28亿元 antitrust fine was imposed in April 2021 (doc 15); doc 17 dates the same fine April 2020.",
    ),
    # sum-mismatch
    (
        "sum-mismatch",
        ["04|KES 276.2bn", "04|KES 117.2bn", "04|KES 81.0bn", "04|KES 53.6bn", "04|KES 14.4bn"],
        "KES 117.2bn + 81.0bn + 53.6bn + 14.4bn = KES 266.2bn, not the stated KES 276.2bn.",
    ),
    (
        "sum-mismatch",
        [
            "07|$1.05 billion",
            "07|$400 million",
            "07|$250 million|2",
            "07|$200 million",
            "07|$55 million",
        ],
        "$400m + $250m + $200m + $55m = $905 million, not the stated $1.05 billion (the total looks as if Chipper Cash's 150 million were counted as a fifth round).",
    ),
    (
        "sum-mismatch",
        ["15|269亿元", "15|人民币80.26亿元", "15|182.28亿元", "15|34.42亿元"],
        "80.26 + 182.28 + 34.42 = 296.96亿元, not the stated 约269亿元 (transposed digits).",
    ),
    # change-mismatch
    (
        "change-mismatch",
        ["08|£29.0 billion", "08|£22.8 billion"],
        "JLR revenue of £29.0 billion against £22.8 billion the year before is an increase of about 27%, not 17% (the table, 29,000 vs 22,809, agrees).",
    ),
    (
        "change-mismatch",
        ["10|$63.59", "10|$51"],
        "A close of $63.59 against the $51 offer price is a gain of about 25% (as the headline says), not 35%.",
    ),
    (
        "change-mismatch",
        ["11|287p", "11|390p"],
        "A close of 287p against the 390p offer price is a fall of about 26% (as the headline says), not 36%.",
    ),
    (
        "change-mismatch",
        ["18|300.41亿元", "18|166.22亿元"],
        "300.41亿元 against 166.22亿元 the year before is growth of about 80.7%, not the stated 60.8%.",
    ),
    # stake-mismatch
    (
        "stake-mismatch",
        ["03|$400 million", "03|$1.2 billion"],
        "$400 million for 50.03 per cent values the Careem app at about $800 million; at a $1.2 billion valuation $400 million would buy only about 33%.",
    ),
    (
        "stake-mismatch",
        ["14|$500 million", "14|$45 billion|2"],
        "$500 million of shares at a $45 billion valuation is about 1.1% of Revolut, not roughly 3%.",
    ),
    (
        "stake-mismatch",
        ["17|231亿元", "17|5671亿元"],
        "Buying back up to 7.6% at a 5671亿元 valuation costs up to about 431亿元; 231亿元 is only about 4.1% of the company.",
    ),
    # multiple-mismatch
    (
        "multiple-mismatch",
        ["06|$14.7 billion|2", "06|$32 million"],
        "$14.7 billion is about 460 times the $32 million Naspers paid in 2001 (as doc 16 says), not 'more than 800 times'.",
    ),
    (
        "multiple-mismatch",
        ["13|£1.59 billion", "13|£652 million"],
        "£1.59 billion is about 2.4 times £652 million, not 'more than three times'.",
    ),
    (
        "multiple-mismatch",
        ["15|人民币80.26亿元", "15|34.42亿元"],
        "Didi's 80.26亿元 fine is about 2.3 times Meituan's 34.42亿元, not '三倍多' (more than three times).",
    ),
]

# ---------------------------------------------------------------------------
# Consistent cases a careless checker might flag: ([mentions], why_consistent)
TRAPS = [
    # doc 01
    (
        ["01|SAR 96 billion", "01|SAR 6.4 trillion"],
        "SAR 96 billion for 1.5 per cent of the company implies SAR 6.4 trillion for the whole (96/0.015 = 6,400).",
    ),
    (
        ["01|SAR 96 billion", "01|SAR 32|2"],
        "Per-share price vs total: 3 billion shares at SAR 32 are SAR 96 billion.",
    ),
    (
        ["01|SAR 96 billion", "01|$25.6 billion", "01|SAR 3.75"],
        "At the stated peg of SAR 3.75 per dollar, SAR 96 billion is $25.6 billion.",
    ),
    (
        ["01|SAR 6.4 trillion", "01|$1.7 trillion", "01|SAR 3.75"],
        "At the stated peg, SAR 6.4 trillion is $1.71 trillion.",
    ),
    (
        ["01|$2 trillion", "01|$1.7 trillion"],
        "$2 trillion is the valuation the Crown Prince talked of in 2016, not the IPO valuation of $1.7 trillion.",
    ),
    (
        ["01|SAR 110.4 billion", "01|SAR 96 billion", "01|SAR 32|2"],
        "Proceeds with and without the greenshoe: 450 million extra shares at SAR 32 add SAR 14.4 billion to SAR 96 billion, making SAR 110.4 billion.",
    ),
    (
        ["01|$111.1 billion", "01|$59.5 billion"],
        "$111.1 billion is 1.87 times Apple's $59.5 billion, i.e. 'nearly double'.",
    ),
    (
        ["01|$68.2 billion", "01|$83.3 billion"],
        "Nine-month net income of $68.2 billion against $83.3 billion a year earlier is a decline of 18.1%, as stated.",
    ),
    (["01|SAR 35.20", "01|SAR 32|2"], "SAR 35.20 is SAR 32 plus the 10 per cent daily limit."),
    # doc 02
    (
        ["02|SAR 7.04 trillion", "02|$1.88 trillion", "02|3.75 riyals"],
        "At the stated 3.75 riyals per dollar SAR 7.04 trillion is $1.877 trillion.",
    ),
    (
        ["02|SAR 7.04 trillion", "01|SAR 6.4 trillion"],
        "Different moments: SAR 6.4 trillion is the IPO valuation at SAR 32 (doc 01); SAR 7.04 trillion is the market value at the first-day close of SAR 35.20, 10 per cent higher.",
    ),
    (
        ["02|$1.88 trillion|2", "02|$1.2 trillion"],
        "$1.88 trillion is 1.57 times Apple's $1.2 trillion, i.e. 'roughly 1.6 times'.",
    ),
    (
        ["02|$75 billion", "02|SAR 281.25 billion", "02|3.75 riyals"],
        "At the stated 3.75 riyals per dollar $75 billion is exactly SAR 281.25 billion.",
    ),
    # doc 03
    (
        ["03|AED 181.9 billion", "03|$49.5 billion", "03|AED 3.6725"],
        "At the stated peg of AED 3.6725 per dollar AED 181.9 billion is $49.5 billion.",
    ),
    (
        ["03|AED 2.94", "03|AED 2.37"],
        "AED 2.94 against the AED 2.37 offer price is a 24 per cent rise, as stated.",
    ),
    (
        ["03|AED 10.9 billion", "03|AED 10.6 billion", "03|AED 304 million"],
        "Segment vs group: the airline's AED 10.6 billion plus dnata's AED 304 million make the group's AED 10.9 billion.",
    ),
    (
        ["03|$3.1 billion", "03|$1.4 billion", "03|$1.7 billion"],
        "$1.4 billion in cash plus $1.7 billion in notes make Uber's $3.1 billion price.",
    ),
    (
        ["03|AED 119.8 billion", "03|AED 66.2 billion"],
        "AED 119.8 billion against AED 66.2 billion is an 81 per cent rise.",
    ),
    # doc 04
    (
        ["04|KES 52.5bn", "04|KES 67.5bn"],
        "KES 52.5bn against KES 67.5bn is a 22.2 per cent fall, 'down 22 per cent'.",
    ),
    (
        ["04|KES 52.5bn", "04|KES 69.6bn", "04|KES 17.1bn"],
        "Segment vs group: Kenya's KES 69.6bn less Ethiopia's KES 17.1bn loss is the group's KES 52.5bn.",
    ),
    (
        ["04|KES 1.20", "04|KES 48.1bn"],
        "Per-share vs total: KES 1.20 on 40.07 billion shares is KES 48.1bn.",
    ),
    (
        ["04|KES 52.5bn", "04|$398m", "04|KES 132"],
        "At the stated KES 132 per dollar KES 52.5bn is $398 million.",
    ),
    (
        ["04|KES 117.2bn", "07|KES 107.7 billion"],
        "Different fiscal years: M-Pesa revenue of KES 107.7 billion in the year to March 2021 (doc 07) vs KES 117.2bn in the year to March 2023 (doc 04).",
    ),
    # doc 05
    (
        ["05|₦330 billion", "05|$1.7 billion", "05|₦197"],
        "At the stated official rate of ₦197 per dollar ₦330 billion is $1.68 billion.",
    ),
    (
        ["05|₦1.04 trillion", "05|$5.2 billion", "05|₦197"],
        "At the stated official rate ₦1.04 trillion is $5.28 billion, 'or $5.2 billion' (at the October 2015 rate near ₦199 it is $5.2 billion).",
    ),
    (
        ["05|₦330 billion", "05|₦1.04 trillion"],
        "The settlement is 32 per cent of the original fine, 'less than a third'.",
    ),
    (
        ["05|R250 billion", "05|$16.6 billion"],
        "At the ECB cross rate for 2016-06-11 (about R15.1 per dollar) R250 billion is $16.6 billion.",
    ),
    # doc 07
    (["07|₦1.04 trillion", "05|₦1.04 trillion"], "The same original fine in two documents."),
    # doc 06
    (
        ["06|HK$114 billion", "06|HK$594"],
        "Per-share vs total: 192 million shares at HK$594 are HK$114 billion.",
    ),
    (
        ["06|HK$114 billion", "06|$14.7 billion"],
        "At the ECB cross rate for 2021-04-08 (about HK$7.78 per dollar) HK$114 billion is $14.7 billion.",
    ),
    (
        ["06|HK$114 billion", "06|HK$5.7 trillion"],
        "The 2 per cent sold (30.9% to 28.9%) of a HK$5.7 trillion company is HK$114 billion.",
    ),
    (
        ["06|R1.4 trillion", "06|$96 billion"],
        "At the ECB cross rate for 2021-04-08 (about R14.5 per dollar) R1.4 trillion is $96 billion.",
    ),
    # doc 16
    (
        ["16|1140亿港元", "06|HK$114 billion"],
        "The same proceeds in two outlets: 1140亿港元 is HK$114 billion.",
    ),
    # doc 07
    (
        ["07|$3 billion|2", "07|$1 billion"],
        "Different dates: $3 billion after the February 2022 Series D is three times the $1 billion after the March 2021 Series C, as stated.",
    ),
    (
        ["07|EGP 27 billion", "07|$1.7 billion", "07|EGP 15.7"],
        "At the stated EGP 15.7 per dollar EGP 27 billion is $1.72 billion.",
    ),
    (
        ["07|$14.50", "07|$49", "07|$9"],
        "Jumia's share price at different dates: the 2019 IPO price, the 2021 peak and today's level.",
    ),
    (
        ["07|$226 million", "07|$201 million"],
        "Different measures: a loss larger than revenue is possible and is what the text says.",
    ),
    # doc 08
    (
        ["08|4,37,928", "08|3,45,967"],
        "Rs 4,37,928 crore against Rs 3,45,967 crore is +26.6%, as the table says (unit in the header).",
    ),
    (["08|31,807", "08|2,414"], "Rs 31,807 crore is 13.2 times Rs 2,414 crore, as the table says."),
    (
        ["08|Rs 4.38 lakh crore", "08|$52 billion"],
        "At the ECB cross rate for 2024-05-11 (about Rs 83.5 per dollar) Rs 4.38 lakh crore is $52.4 billion.",
    ),
    (["08|£2.2 billion", "08|2,186"], "Rounded restatement: £2,186 million is £2.2 billion."),
    (
        ["08|Rs 31,807 crore", "08|$3.8 billion"],
        "At the ECB cross rate for 2024-05-11 Rs 31,807 crore is $3.81 billion.",
    ),
    (
        ["08|£2.2 billion", "08|Rs 31,807 crore", "08|$3.8 billion"],
        "Different measures and entities: JLR's profit before tax vs the Tata Motors group's net profit, as the text explains.",
    ),
    (
        ["08|$5.2 billion", "08|$2.5 billion", "08|$2.7 billion"],
        "$2.5 billion for Jaguar plus $2.7 billion for Land Rover make Ford's $5.2 billion.",
    ),
    # doc 18
    (
        ["18|23亿美元|2", "08|$2.3 billion"],
        "The same 2008 JLR purchase price in two documents: 23亿美元 is $2.3 billion.",
    ),
    # doc 09
    (
        ["09|Rs 1,564", "09|Rs 2,150"],
        "Rs 1,564 against the Rs 2,150 issue price is 27.3 per cent lower, as stated.",
    ),
    (
        ["09|Rs 18,300 crore", "09|Rs 8,300 crore", "09|Rs 10,000 crore"],
        "Fresh issue Rs 8,300 crore plus offer for sale Rs 10,000 crore make Rs 18,300 crore.",
    ),
    (
        ["09|Rs 1.01 lakh crore", "09|Rs 1.39 lakh crore"],
        "Different dates: valuation at the issue price vs market value after the 27 per cent fall (1.39 x 1,564/2,150 = 1.01).",
    ),
    (
        ["09|Rs 38,000 crore", "09|$5.1 billion"],
        "At the ECB cross rate for 2021-11-19 (about Rs 74.2 per dollar) Rs 38,000 crore is $5.1 billion.",
    ),
    (
        ["09|Rs 9,375 crore", "09|$1.3 billion"],
        "At the ECB cross rate for 2021-11-19 Rs 9,375 crore is $1.26 billion ('$1.3 billion').",
    ),
    (
        ["09|Rs 9,375 crore", "09|Rs 9,000 crore", "09|Rs 375 crore"],
        "Fresh issue Rs 9,000 crore plus Info Edge's Rs 375 crore make Rs 9,375 crore.",
    ),
    (
        ["09|$350 million", "09|$3.5 billion|2"],
        "A 9.99 per cent stake worth $350 million values Zomato at about $3.5 billion.",
    ),
    # doc 10
    (
        ["10|$65 billion|2", "10|$68 billion"],
        "Shares outstanding vs fully diluted (options and restricted stock), as the text explains.",
    ),
    (
        ["10|$4.87 billion", "10|$54.5 billion"],
        "$4.87 billion of a $54.5 billion company is 8.9 per cent, 'about 9 per cent'.",
    ),
    (["10|$16 billion", "10|$64 billion"], "25 per cent of $64 billion is $16 billion."),
    (
        ["10|$64 billion", "10|$54.5 billion"],
        "Different transactions and dates: the August intra-group purchase of the Vision Fund stake vs the September IPO price.",
    ),
    (
        ["10|£24.3 billion", "10|$32 billion"],
        "A conversion at the time of the 2016 deal ($1.32 per pound); at the September 2023 rate it would be $30.3 billion, within 6 per cent.",
    ),
    (
        ["10|$40 billion", "10|$32 billion"],
        "Different buyers and dates: Nvidia's agreed 2020 price vs SoftBank's 2016 price.",
    ),
    (
        ["10|$65 billion|2", "10|$32 billion"],
        "$65 billion is about twice the $32 billion SoftBank paid.",
    ),
    # doc 11
    (
        ["11|£1.5 billion", "11|£1 billion", "11|£500 million"],
        "New money £1 billion plus £500 million from existing shareholders make £1.5 billion.",
    ),
    (
        ["11|£5.6 billion", "11|£7.6 billion"],
        "Offer valuation vs closing market value: £7.6 billion x 287/390 = £5.6 billion.",
    ),
    (["11|£1.2 billion", "11|£7.6 billion"], "16 per cent of £7.6 billion is £1.2 billion."),
    (
        ["11|£224 million", "11|£1.19 billion", "11|£4.1 billion"],
        "Different measures: loss, revenue and gross order value for the same year.",
    ),
    # doc 12
    (
        ["12|180p", "12|176p"],
        "Two bids by the same bidder: the rejected 176p approach and the agreed 180p.",
    ),
    (["12|180p", "12|125p"], "180p is a 44 per cent premium to 125p."),
    (
        ["12|£2.9 million", "12|£2.9 billion"],
        "Same digits, different scale and measure: Deliveroo's 2024 profit vs the takeover value.",
    ),
    (["12|£400 million", "12|£2.9 billion"], "14 per cent of £2.9 billion is about £406 million."),
    # doc 13
    (
        ["13|$27.7 billion", "13|$12.8 billion"],
        "$27.7 billion is 2.16 times $12.8 billion, 'more than double'.",
    ),
    (
        ["13|$2.5 billion", "13|$27.7 billion"],
        "Different measures: a reported loss vs underlying replacement cost profit for the same year, as the text explains.",
    ),
    (["13|400p", "13|70p"], "400p is 5.7 times 70p, 'almost six times'."),
    (
        ["13|620p", "13|$7.75"],
        "At the ECB cross rate for 2024-04-27 (about $1.25 per pound) $7.75 is 620p.",
    ),
    (["13|620p", "13|517p"], "620p is a 20 per cent premium to 517p."),
    # doc 14
    (
        ["14|$45 billion|2", "14|$33 billion"],
        "Different dates: $45 billion in 2024 is 36 per cent above the $33 billion of 2021, 'more than a third'.",
    ),
    (["14|£438 million", "14|£344 million"], "Pretax vs net profit for the same year."),
    (
        ["14|$620 million", "14|$430 million", "14|$190 million"],
        "$430 million plus $190 million make $620 million.",
    ),
    (
        ["14|£4.5 billion|2", "14|$5.9 billion"],
        "At the ECB cross rate for 2024-08-17 (about $1.29 per pound) £4.5 billion is $5.8 billion.",
    ),
    (
        ["14|£15.4 million", "13|£15.4 billion"],
        "Same digits, different companies and scale: Monzo's pretax profit vs Rolls-Royce's revenue.",
    ),
    # doc 15
    (
        ["15|80.26亿元|2", "15|11.9亿美元"],
        "At the ECB cross rate for 2022-07-22 (about 6.76 yuan per dollar) 80.26亿元 is 11.9亿美元.",
    ),
    (["15|182.28亿元", "15|4557.12亿元"], "182.28亿元 is 4.0 per cent of 4557.12亿元, as stated."),
    (
        ["15|80.26亿元|2", "15|182.28亿元"],
        "80.26亿元 is 44 per cent of 182.28亿元, 'less than half'.",
    ),
    (
        ["15|2.5美元", "15|14美元"],
        "2.5 dollars against the 14-dollar IPO price is a fall of 82 per cent, '逾八成'.",
    ),
    # doc 16
    (
        ["16|1140亿港元", "16|146.6亿美元"],
        "At the ECB cross rate for 2021-04-08 1140亿港元 is 146.6亿美元.",
    ),
    (["16|1140亿港元", "16|5.7万亿港元"], "2 per cent of 5.7万亿港元 is 1140亿港元."),
    (["16|146.6亿美元", "16|3200万美元"], "146.6亿美元 is 458 times 3200万美元, '约460倍'."),
    (
        ["16|千亿港元", "16|1140亿港元"],
        "The headline's '逾千亿港元' (more than 100 billion) covers 1140亿港元.",
    ),
    # doc 17
    (
        ["17|5671亿元", "17|788亿美元"],
        "At the ECB cross rate for 2023-07-08 (about 7.23 yuan per dollar) 5671亿元 is 784亿美元.",
    ),
    (
        ["17|5671亿元", "17|2.1万亿元"],
        "Different dates: 5671亿元 is 27 per cent of 2.1万亿元, a fall of about 73 per cent, '约七成'.",
    ),
    (["17|1871亿元", "17|5671亿元"], "33 per cent of 5671亿元 is 1871亿元."),
    (
        ["17|294亿美元", "01|$29.4 billion"],
        "The same Aramco IPO total (with the greenshoe) in two documents: 294亿美元 is $29.4 billion.",
    ),
    # doc 18
    (
        ["18|6023.15亿元", "18|4240.61亿元"],
        "6023.15亿元 against 4240.61亿元 is growth of 42.04 per cent, as stated.",
    ),
    (["18|3.096元", "18|90.13亿元"], "Per-share vs total: 3.096元 on 29.11亿 shares is 90.13亿元."),
    (["18|18亿港元", "18|8港元"], "Per-share vs total: 2.25亿 shares at 8港元 are 18亿港元."),
    (
        ["18|18亿港元", "18|2.3亿美元"],
        "At HK$7.8 per dollar (the peg, and the ECB rate for 2024-03-27) 18亿港元 is 2.3亿美元.",
    ),
    (["18|2.3亿美元", "18|23亿美元"], "About 10 per cent of 23亿美元 is 2.3亿美元."),
    (["18|90亿美元", "18|930亿美元"], "90亿美元 is 9.68 per cent of 930亿美元, as the text says."),
    (
        ["18|2.3亿美元", "18|23亿美元|2"],
        "Different deals: Berkshire's 2008 BYD stake vs Tata's 2008 purchase of JLR.",
    ),
]
