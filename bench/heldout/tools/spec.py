"""Label spec: per document, the money mentions in document order:
(text, value, currency, entity, metric, period[, tag]). Tags are referenced by PROBLEMS/TRAPS."""

B, M, K, T = 1e9, 1e6, 1e3, 1e12
CR, LCR = 1e7, 1e12  # crore, lakh crore

DOCS = {}
D = DOCS

D["01_arm_nasdaq_debut.md"] = [
    ("$4.87 Billion", 4.87 * B, "USD", "Arm", "funding", "2023-09"),
    ("$65 billion", 65 * B, "USD", "Arm", "market_cap", "2023-09", "a1_mcap"),
    ("$56.10", 56.10, "USD", "Arm", "share_price", "2023-09"),
    ("$51", 51, "USD", "Arm", "share_price", "2023-09"),
    ("$63.59", 63.59, "USD", "Arm", "share_price", "2023-09", "a1_close"),
    ("$47", 47, "USD", "Arm", "share_price", "2023-09"),
    ("$51", 51, "USD", "Arm", "share_price", "2023-09", "a1_offer"),
    ("$4.87 billion", 4.87 * B, "USD", "Arm", "funding", "2023-09", "a1_raised"),
    ("$51", 51, "USD", "Arm", "share_price", "2023-09"),
    ("$54.5 billion", 54.5 * B, "USD", "Arm", "valuation", "2023-09", "a1_val"),
    ("$64 billion", 64 * B, "USD", "Arm", "valuation", "2023-08", "a1_vf_val"),
    ("$16.1 billion", 16.1 * B, "USD", "Arm", "price_paid", "2023-08", "a1_vf_paid"),
    ("$32 billion", 32 * B, "USD", "Arm", "price_paid", "2016", "a1_2016"),
    ("$735 million", 735 * M, "USD", "Arm", "investment", "2023-09"),
    ("$2.68 billion", 2.68 * B, "USD", "Arm", "revenue", "2023", "a1_rev23"),
    ("$2.70 billion", 2.70 * B, "USD", "Arm", "revenue", "2022", "a1_rev22"),
    ("$524 million", 524 * M, "USD", "Arm", "profit", "2023"),
    ("$675 million", 675 * M, "USD", "Arm", "revenue", "2023-06"),
    ("$105 million", 105 * M, "USD", "Arm", "profit", "2023-06"),
    ("$54.5", 54.5, "USD", "Arm", "valuation", "2023-09", "a1_noscale"),
]

D["02_arm_london_view.md"] = [
    ("$54.5bn", 54.5 * B, "USD", "Arm", "valuation", "2023-09"),
    ("$65bn", 65 * B, "USD", "Arm", "market_cap", "2023-09", "a2_mcap_usd"),
    ("£52bn", 52 * B, "GBP", "Arm", "market_cap", "2023-09", "a2_mcap_gbp"),
    ("£24.3bn", 24.3 * B, "GBP", "Arm", "price_paid", "2016", "a2_2016_gbp"),
    ("$32bn", 32 * B, "USD", "Arm", "price_paid", "2016", "a2_2016_usd"),
    ("1,700p", 17.00, "GBP", "Arm", "share_price", "2016", "a2_1700"),
    ("1,189p", 11.89, "GBP", "Arm", "share_price", "2016", "a2_1189"),
    ("$51", 51, "USD", "Arm", "share_price", "2023-09"),
    ("$63.59", 63.59, "USD", "Arm", "share_price", "2023-09"),
    ("$4.87bn", 4.87 * B, "USD", "Arm", "funding", "2023-09", "a2_raised_usd"),
    ("£3.1bn", 3.1 * B, "GBP", "Arm", "funding", "2023-09", "a2_raised_gbp"),
    ("$54.5bn", 54.5 * B, "USD", "Arm", "valuation", "2023-09", "a2_val_usd"),
    ("£44bn", 44 * B, "GBP", "Arm", "valuation", "2023-09", "a2_val_gbp"),
    ("$16.1bn", 16.1 * B, "USD", "Arm", "price_paid", "2022", "a2_vf_paid"),
    ("30 million", 30 * M, None, "Rene Haas", "other", None, "a2_haas"),
]

D["03_stripe_valuation_explainer.md"] = [
    ("$600 million", 600 * M, "USD", "Stripe", "funding", "2021-03"),
    ("$95 billion", 95 * B, "USD", "Stripe", "valuation", "2021-03"),
    ("$74 billion", 74 * B, "USD", "Stripe", "valuation", "2022"),
    ("$6.5 billion", 6.5 * B, "USD", "Stripe", "funding", "2023-03", "s_funding"),
    ("$50 billion", 50 * B, "USD", "Stripe", "valuation", "2023-03", "s_val23"),
    ("$95 billion", 95 * B, "USD", "Stripe", "valuation", "2021-03", "s_val21"),
    ("$65 billion", 65 * B, "USD", "Stripe", "valuation", "2024-02", "s_val24"),
    ("$91.5 billion", 91.5 * B, "USD", "Stripe", "valuation", "2025-02", "s_val25"),
    ("€88 billion", 88 * B, "EUR", "Stripe", "valuation", "2025-02", "s_val25_eur"),
    ("$1.4 trillion", 1.4 * T, "USD", "Stripe", "other", "2024", "s_tpv24"),
    ("$1 trillion", 1.0 * T, "USD", "Stripe", "other", "2023", "s_tpv23"),
    ("30 cents", 0.30, "USD", "Stripe", "other", None, "s_30c"),
    ("$100", 100, "USD", None, "other", None, "s_100"),
    ("$96.80", 96.80, "USD", None, "other", None, "s_9680"),
    ("$5.6 billion", 5.6 * B, "USD", "Stripe", "funding", "2023", "s_56"),
]

D["04_klarna_ipo_note.md"] = [
    ("$40", 40, "USD", "Klarna", "share_price", "2025-09", "k_offer"),
    ("$35", 35, "USD", "Klarna", "share_price", "2025-09"),
    ("$37", 37, "USD", "Klarna", "share_price", "2025-09"),
    ("$1.37 billion", 1.37 * B, "USD", "Klarna", "funding", "2025-09", "k_raised1"),
    ("$1.37 billion", 1.37 * B, "USD", "Klarna", "funding", "2025-09", "k_raised2"),
    ("$222 million", 222 * M, "USD", "Klarna", "funding", "2025-09", "k_company"),
    ("$1.05 billion", 1.05 * B, "USD", "Klarna", "funding", "2025-09", "k_sellers"),
    ("$15.1 billion", 15.1 * B, "USD", "Klarna", "valuation", "2025-09", "k_val"),
    ("SEK 141 billion", 141 * B, "SEK", "Klarna", "valuation", "2025-09", "k_val_sek"),
    ("$45.6 billion", 45.6 * B, "USD", "Klarna", "valuation", "2021-06", "k_val21"),
    ("$52", 52, "USD", "Klarna", "share_price", "2025-09", "k_open"),
    ("$45.82", 45.82, "USD", "Klarna", "share_price", "2025-09", "k_close"),
    ("$17.3 billion", 17.3 * B, "USD", "Klarna", "market_cap", "2025-09", "k_mcap"),
    ("$800 million", 800 * M, "USD", "Klarna", "funding", "2022-07", "k_800"),
    ("$6.7 billion", 6.7 * B, "USD", "Klarna", "valuation", "2022-07", "k_val22"),
    ("2.81 billion", 2.81 * B, None, "Klarna", "revenue", "2024", "k_rev_nocur"),
    ("$21 million", 21 * M, "USD", "Klarna", "profit", "2024"),
    ("$823 million", 823 * M, "USD", "Klarna", "revenue", "2025-06"),
    ("$53 million", 53 * M, "USD", "Klarna", "loss", "2025-06"),
    ("$7.99", 7.99, "USD", "Klarna", "other", None),
    ("$45.82", 45.82, "USD", "Klarna", "share_price", "2025-09"),
    ("$48", 48, "USD", "Klarna", "share_price", "2025-09"),
]

D["05_reddit_listing_day.md"] = [
    ("$34", 34, "USD", "Reddit", "share_price", "2024-03", "r_offer"),
    ("$47", 47, "USD", "Reddit", "share_price", "2024-03", "r_open"),
    ("$50.44", 50.44, "USD", "Reddit", "share_price", "2024-03", "r_close"),
    ("$31", 31, "USD", "Reddit", "share_price", "2024-03"),
    ("$34", 34, "USD", "Reddit", "share_price", "2024-03"),
    ("$748 million", 748 * M, "USD", "Reddit", "funding", "2024-03", "r_raised"),
    ("$519.5 million", 519.5 * M, "USD", "Reddit", "funding", "2024-03", "r_company"),
    ("$228.5 million", 228.5 * M, "USD", "Reddit", "funding", "2024-03", "r_sellers"),
    ("$6.4 billion", 6.4 * B, "USD", "Reddit", "valuation", "2024-03", "r_val"),
    ("$10 billion", 10 * B, "USD", "Reddit", "valuation", "2021-08", "r_val21"),
    ("$700 million", 700 * M, "USD", "Reddit", "funding", "2021-08"),
    ("$9.5 billion", 9.5 * B, "USD", "Reddit", "market_cap", "2024-03", "r_mcap"),
    ("$666.7m", 666.7 * M, "USD", "Reddit", "revenue", "2022", "r_rev22"),
    ("$804.0m", 804.0 * M, "USD", "Reddit", "revenue", "2023", "r_rev23"),
    ("$158.6m", 158.6 * M, "USD", "Reddit", "loss", "2022", "r_loss22"),
    ("$90.8m", 90.8 * M, "USD", "Reddit", "loss", "2023", "r_loss23"),
    ("$60 million", 60 * M, "USD", "Reddit", "other", None),
    ("$193 million", 193 * M, "USD", "Steve Huffman", "other", "2023"),
    ("$13", 13, "USD", "Reddit", "share_price", "2024-03", "r_13"),
    ("$5.99", 5.99, "USD", "Reddit", "other", None),
]

D["06_zomato_qip.md"] = [
    ("Rs 8,500 crore", 8500 * CR, "INR", "Zomato", "funding", "2024-11"),
    ("Rs 265.91", 265.91, "INR", "Zomato", "share_price", "2024-11"),
    ("Rs 8,500 crore", 8500 * CR, "INR", "Zomato", "funding", "2024-11", "z_qip"),
    ("Rs 265.91", 265.91, "INR", "Zomato", "share_price", "2024-11"),
    ("$1 billion", 1 * B, "USD", "Zomato", "funding", "2024-11", "z_qip_usd"),
    ("Rs 281.45", 281.45, "INR", "Zomato", "share_price", "2024-11"),
    ("₹2.49 lakh crore", 2.49 * LCR, "INR", "Zomato", "market_cap", "2024-11", "z_mcap"),
    ("$29.5 billion", 29.5 * B, "USD", "Zomato", "market_cap", "2024-11", "z_mcap_usd"),
    ("Rs 351 crore", 351 * CR, "INR", "Zomato", "profit", "2024", "z_np24"),
    ("₹12,114 crore", 12114 * CR, "INR", "Zomato", "revenue", "2024", "z_rev24"),
    ("Rs 971 crore", 971 * CR, "INR", "Zomato", "loss", "2023"),
    ("Rs 176 crore", 176 * CR, "INR", "Zomato", "profit", "2024-09", "z_q2"),
    ("Rs 36 crore", 36 * CR, "INR", "Zomato", "profit", "2023-09", "z_q2_prev"),
    ("Rs 4,799 crore", 4799 * CR, "INR", "Zomato", "revenue", "2024-09"),
    ("Rs 4,447 crore", 4447 * CR, "INR", "Blinkit", "price_paid", "2022-06", "z_blinkit"),
    ("Rs 2,048 crore", 2048 * CR, "INR", "Paytm", "price_paid", "2024-08"),
    ("Rs 9,375 crore", 9375 * CR, "INR", "Zomato", "funding", "2021-07"),
    ("Rs 76", 76, "INR", "Zomato", "share_price", "2021-07", "z_issue"),
    ("Rs 116", 116, "INR", "Zomato", "share_price", "2021-07", "z_list"),
    ("₹1,00,000 crore", 1e12, "INR", "Zomato", "market_cap", "2021-07"),
    ("Rs 4,447", 4447, "INR", "Blinkit", "price_paid", "2022-06", "z_noscale"),
    ("Rs 400", 400, "INR", "Zomato", "other", None),
]

D["07_paytm_listing_slump.md"] = [
    ("Rs 1,955", 1955, "INR", "Paytm", "share_price", "2021-11", "p_list"),
    ("₹2,150", 2150, "INR", "Paytm", "share_price", "2021-11", "p_issue"),
    ("Rs 1,564.15", 1564.15, "INR", "Paytm", "share_price", "2021-11", "p_close"),
    ("Rs 18,300 crore", 18300 * CR, "INR", "Paytm", "funding", "2021-11", "p_ipo"),
    ("$2.5 billion", 2.5 * B, "USD", "Paytm", "funding", "2021-11", "p_ipo_usd"),
    ("Rs 15,200 crore", 15200 * CR, "INR", "Coal India", "funding", "2010", "p_coal"),
    ("Rs 8,300 crore", 8300 * CR, "INR", "Paytm", "funding", "2021-11", "p_fresh"),
    ("Rs 10,000 crore", 10000 * CR, "INR", "Paytm", "funding", "2021-11", "p_ofs"),
    ("Rs 2,080", 2080, "INR", "Paytm", "share_price", "2021-11"),
    ("2,150", 2150, "INR", "Paytm", "share_price", "2021-11"),
    ("Rs 8,235 crore", 8235 * CR, "INR", "Paytm", "investment", "2021-11"),
    ("Rs 1.39 lakh crore", 1.39 * LCR, "INR", "Paytm", "valuation", "2021-11", "p_val"),
    ("$18.7 billion", 18.7 * B, "USD", "Paytm", "valuation", "2021-11", "p_val_usd"),
    ("Rs 1.01 lakh crore", 1.01 * LCR, "INR", "Paytm", "market_cap", "2021-11", "p_mcap"),
    ("Rs 1,701 crore", 1701 * CR, "INR", "Paytm", "loss", "2021"),
    ("Rs 2,802 crore", 2802 * CR, "INR", "Paytm", "revenue", "2021"),
    ("Rs 12,900", 12900, "INR", "Paytm", "other", "2021-11", "p_lot"),
    ("Rs 3,500", 3500, "INR", "Paytm", "other", "2021-11", "p_lotloss"),
]

D["08_xiaomi_su7_asia.md"] = [
    ("216,000 Yuan", 216000, "CNY", "Xiaomi", "other", "2024-03"),
    ("215,900 yuan", 215900, "CNY", "Xiaomi", "other", "2024-03", "x_su7"),
    ("$29,870", 29870, "USD", "Xiaomi", "other", "2024-03", "x_su7_usd"),
    ("245,900 yuan", 245900, "CNY", "Xiaomi", "other", "2024-03"),
    ("299,900 yuan", 299900, "CNY", "Xiaomi", "other", "2024-03", "x_max"),
    ("$33,500", 33500, "USD", "Xiaomi", "other", "2024-03", "x_max_usd"),
    ("US$10 billion", 10 * B, "USD", "Xiaomi", "investment", "2021"),
    ("HK$14.82", 14.82, "HKD", "Xiaomi", "share_price", "2024-03"),
    ("HK$370 billion", 370 * B, "HKD", "Xiaomi", "market_cap", "2024-03", "x_mcap"),
    ("US$47.3 billion", 47.3 * B, "USD", "Xiaomi", "market_cap", "2024-03", "x_mcap_usd"),
    ("US$54 billion", 54 * B, "USD", "Xiaomi", "valuation", "2018-07", "x_ipo_val"),
    ("HK$17", 17, "HKD", "Xiaomi", "share_price", "2018-07"),
    ("RMB 271 billion", 271 * B, "CNY", "Xiaomi", "revenue", "2023", "x_rev"),
    ("$37.5 billion", 37.5 * B, "USD", "Xiaomi", "revenue", "2023", "x_rev_usd"),
    ("RMB 19.3 billion", 19.3 * B, "CNY", "Xiaomi", "profit", "2023", "x_np"),
    ("RMB 8.5 billion", 8.5 * B, "CNY", "Xiaomi", "profit", "2022", "x_np22"),
    ("RMB 19.1 billion", 19.1 * B, "CNY", "Xiaomi", "other", "2023"),
    ("$19.3 billion yuan", 19.3 * B, "CNY", "Xiaomi", "profit", "2023", "x_conflict"),
    ("¥151.3", 151.3, "JPY", None, "other", "2024-03"),
]

D["09_alibaba_fy24_results.md"] = [
    ("RMB 3.27 billion", 3.27 * B, "CNY", "Alibaba", "profit", "2024-03", "b_np_q"),
    ("$453 million", 453 * M, "USD", "Alibaba", "profit", "2024-03", "b_np_q_usd"),
    ("RMB 221.87 billion", 221.87 * B, "CNY", "Alibaba", "revenue", "2024-03", "b_rev_q"),
    ("$30.73 billion", 30.73 * B, "USD", "Alibaba", "revenue", "2024-03", "b_rev_q_usd"),
    ("RMB 941.17 billion", 941.17 * B, "CNY", "Alibaba", "revenue", "2024", "b_rev_y"),
    ("$130.35 billion", 130.35 * B, "USD", "Alibaba", "revenue", "2024", "b_rev_y_usd"),
    ("RMB 868.69 billion", 868.69 * B, "CNY", "Alibaba", "revenue", "2023", "b_rev_y23"),
    ("RMB 79.74 billion", 79.74 * B, "CNY", "Alibaba", "profit", "2024", "b_np_y"),
    ("$11.04 billion", 11.04 * B, "USD", "Alibaba", "profit", "2024", "b_np_y_usd"),
    ("RMB 7.2203", 7.2203, "CNY", None, "other", "2024-03", "b_rate"),
    ("$16.5 billion", 16.5 * B, "USD", "Alibaba", "other", "2024", "b_returned"),
    ("$12.5 billion", 12.5 * B, "USD", "Alibaba", "other", "2024", "b_buyback"),
    ("$2.5 billion", 2.5 * B, "USD", "Alibaba", "other", "2024", "b_div"),
    ("$0.66", 0.66, "USD", "Alibaba", "other", "2024", "b_d1"),
    ("$0.25", 0.25, "USD", "Alibaba", "other", "2024", "b_d2"),
    ("$0.91", 0.91, "USD", "Alibaba", "other", "2024", "b_d3"),
    ("$31.9 billion", 31.9 * B, "USD", "Alibaba", "other", "2024-03"),
    ("RMB 25.6 billion", 25.6 * B, "CNY", "Alibaba Cloud", "revenue", "2024-03"),
    (
        "RMB 93.2 billion",
        93.2 * B,
        "CNY",
        "Taobao and Tmall Group",
        "revenue",
        "2024-03",
        "b_taobao",
    ),
    ("HK$78.25", 78.25, "HKD", "Alibaba", "share_price", "2024-05"),
    ("$80.11", 80.11, "USD", "Alibaba", "share_price", "2024-05"),
    ("$3.27 billion yuan", 3.27 * B, "CNY", "Alibaba", "profit", "2024-03", "b_conflict"),
    ("RMB 221.87 billion", 221.87 * B, "CNY", "Alibaba", "revenue", "2023-12", "b_rev_dec"),
]

D["10_microsoft_activision_close.md"] = [
    ("$68.7bn", 68.7 * B, "USD", "Activision Blizzard", "price_paid", "2023-10"),
    ("$68.7 billion", 68.7 * B, "USD", "Activision Blizzard", "price_paid", "2023-10", "m_deal"),
    ("$95", 95, "USD", "Activision Blizzard", "share_price", "2022-01", "m_offer"),
    ("$65.39", 65.39, "USD", "Activision Blizzard", "share_price", "2022-01", "m_prev"),
    ("$68.7 billion", 68.7 * B, "USD", "Activision Blizzard", "price_paid", "2023-10", "m_deal2"),
    ("$75 billion", 75 * B, "USD", "Activision Blizzard", "price_paid", "2023-10", "m_equity"),
    ("£56bn", 56 * B, "GBP", "Activision Blizzard", "price_paid", "2023-10", "m_gbp"),
    ("€65bn", 65 * B, "EUR", "Activision Blizzard", "price_paid", "2023-10", "m_eur"),
    ("$3 billion", 3 * B, "USD", "Microsoft", "other", "2023-10"),
    ("$7.53 billion", 7.53 * B, "USD", "Activision Blizzard", "revenue", "2022"),
    ("$1.51 billion", 1.51 * B, "USD", "Activision Blizzard", "profit", "2022"),
    ("$26.2 billion", 26.2 * B, "USD", "LinkedIn", "price_paid", "2016", "m_linkedin"),
    ("$69.7 billion", 69.7 * B, "USD", "Activision Blizzard", "price_paid", "2023-10", "m_697"),
    ("$16.99", 16.99, "USD", "Microsoft", "other", None),
]

D["11_broadcom_vmware_done.md"] = [
    ("$69 Billion", 69 * B, "USD", "VMware", "price_paid", "2023-11", "v_title"),
    ("$61 billion", 61 * B, "USD", "VMware", "valuation", "2022-05", "v_equity"),
    ("$8 billion", 8 * B, "USD", "VMware", "other", "2022-05", "v_debt"),
    ("$69 billion", 69 * B, "USD", "VMware", "price_paid", "2022-05", "v_total"),
    ("€63 billion", 63 * B, "EUR", "VMware", "price_paid", "2022-05", "v_total_eur"),
    ("$142.50", 142.50, "USD", "VMware", "share_price", "2022-05", "v_offer"),
    ("$99.06", 99.06, "USD", "VMware", "share_price", "2022-05", "v_prev"),
    ("$24 billion", 24 * B, "USD", "VMware", "price_paid", "2022-05", "v_dell"),
    ("$11 billion", 11 * B, "USD", "VMware", "price_paid", "2022-05", "v_silverlake"),
    ("$8.5 billion", 8.5 * B, "USD", "VMware", "other", None),
    ("$33.2 billion", 33.2 * B, "USD", "Broadcom", "revenue", "2022", "v_rev22"),
    ("$35.8 billion", 35.8 * B, "USD", "Broadcom", "revenue", "2023", "v_rev23"),
    ("$13.35 billion", 13.35 * B, "USD", "VMware", "revenue", "2023"),
    ("$958.20", 958.20, "USD", "Broadcom", "share_price", "2023-11"),
]

D["12_aramco_record_ipo.md"] = [
    ("$1.88 trillion", 1.88 * T, "USD", "Saudi Aramco", "market_cap", "2019-12"),
    ("$1.88 trillion", 1.88 * T, "USD", "Saudi Aramco", "market_cap", "2019-12", "ar_mcap"),
    ("$2 trillion", 2 * T, "USD", "Saudi Aramco", "other", None),
    ("SAR 35.2", 35.2, "SAR", "Saudi Aramco", "share_price", "2019-12", "ar_open"),
    ("SAR 32", 32, "SAR", "Saudi Aramco", "share_price", "2019-12", "ar_offer"),
    ("SAR 96 billion", 96 * B, "SAR", "Saudi Aramco", "funding", "2019-12", "ar_raised_sar"),
    ("$25.6 billion", 25.6 * B, "USD", "Saudi Aramco", "funding", "2019-12", "ar_raised"),
    ("3.75 riyals", 3.75, "SAR", None, "other", None, "ar_peg"),
    ("$25 billion", 25 * B, "USD", "Alibaba", "funding", "2014"),
    ("$29.4 billion", 29.4 * B, "USD", "Saudi Aramco", "funding", "2019-12", "ar_greenshoe"),
    ("$1.7 trillion", 1.7 * T, "USD", "Saudi Aramco", "valuation", "2019-12", "ar_val"),
    ("SAR 446 billion", 446 * B, "SAR", "Saudi Aramco", "other", "2019-12"),
    ("47 billion", 47 * B, None, "Saudi Aramco", "other", "2019-12", "ar_retail"),
    ("$111.1 billion", 111.1 * B, "USD", "Saudi Aramco", "profit", "2018", "ar_np18"),
    ("$59.5 billion", 59.5 * B, "USD", "Apple", "profit", "2018", "ar_apple"),
    ("$46.9 billion", 46.9 * B, "USD", "Saudi Aramco", "profit", "2019-06"),
    ("$75 billion", 75 * B, "USD", "Saudi Aramco", "other", "2020"),
    ("$96 billion riyals", 96 * B, "SAR", "Saudi Aramco", "funding", "2019-12", "ar_conflict"),
    ("$111.1 billion", 111.1 * B, "USD", "Saudi Aramco", "profit", "2017", "ar_np17"),
]

D["13_deliveroo_doordash_note.md"] = [
    ("180p", 1.80, "GBP", "Deliveroo", "share_price", "2025-05"),
    ("180p", 1.80, "GBP", "Deliveroo", "share_price", "2025-05", "d_offer"),
    ("£2.9bn", 2.9 * B, "GBP", "Deliveroo", "valuation", "2025-05", "d_val"),
    ("$3.9bn", 3.9 * B, "USD", "Deliveroo", "valuation", "2025-05", "d_val_usd"),
    ("125p", 1.25, "GBP", "Deliveroo", "share_price", "2025-04", "d_undisturbed"),
    ("390p", 3.90, "GBP", "Deliveroo", "share_price", "2021-03", "d_ipo"),
    ("£1.5bn", 1.5 * B, "GBP", "Deliveroo", "funding", "2021-03"),
    ("£7.6bn", 7.6 * B, "GBP", "Deliveroo", "valuation", "2021-03"),
    ("287.45p", 2.8745, "GBP", "Deliveroo", "share_price", "2021-03", "d_close"),
    ("176p", 1.76, "GBP", "Deliveroo", "share_price", "2025-04", "d_first"),
    ("800p", 8.00, "GBP", "Just Eat", "share_price", "2019"),
    ("£5.5bn", 5.5 * B, "GBP", "Just Eat", "valuation", "2019", "d_prosus"),
    ("£6.2bn", 6.2 * B, "GBP", "Just Eat", "valuation", "2019", "d_takeaway"),
]

D["14_bytedance_buyback_wrapped.md"] = [
    ("$300 billion", 300 * B, "USD", "ByteDance", "valuation", "2024-12", "bd_val"),
    ("$268\nbillion", 268 * B, "USD", "ByteDance", "valuation", "2023-12", "bd_val23"),
    ("$75\nbillion", 75 * B, "USD", "ByteDance", "valuation", "2018", "bd_val18"),
    ("$3 billion", 3 * B, "USD", "ByteDance", "investment", "2018"),
    ("$120 billion", 120 * B, "USD", "ByteDance", "revenue", "2023", "bd_rev23"),
    ("$80 billion", 80 * B, "USD", "ByteDance", "revenue", "2022", "bd_rev22"),
    ("873 billion", 873 * B, "CNY", "ByteDance", "revenue", "2023", "bd_rev23_cny"),
    ("$155 billion", 155 * B, "USD", "ByteDance", "revenue", "2024", "bd_rev24"),
    ("$1 billion", 1 * B, "USD", "Musical.ly", "price_paid", "2017"),
    ("$300 billion", 300 * B, "USD", "ByteDance", "valuation", "2024-12", "bd_val_b"),
    ("$60 billion", 60 * B, "USD", "Zhang Yiming", "other", "2024-12", "bd_zhang"),
    ("$140 billion", 140 * B, "USD", "ByteDance", "valuation", "2020", "bd_val20"),
    ("$1.4 trillion", 1.4 * T, "USD", "Meta", "market_cap", "2024-12"),
]

D["15_revolut_annual_report.md"] = [
    ("£1.1bn", 1.1 * B, "GBP", "Revolut", "profit", "2024", "rv_title"),
    ("£1.1bn", 1.1 * B, "GBP", "Revolut", "profit", "2024", "rv_pbt"),
    ("$1.4bn", 1.4 * B, "USD", "Revolut", "profit", "2024", "rv_pbt_usd"),
    ("£438m", 438 * M, "GBP", "Revolut", "profit", "2023", "rv_pbt23"),
    ("£3.1bn", 3.1 * B, "GBP", "Revolut", "revenue", "2024", "rv_rev"),
    ("$4bn", 4 * B, "USD", "Revolut", "revenue", "2024", "rv_rev_usd"),
    ("£1.8bn", 1.8 * B, "GBP", "Revolut", "revenue", "2023", "rv_rev23"),
    ("£790m", 790 * M, "GBP", "Revolut", "profit", "2024", "rv_np"),
    ("$1.3bn", 1.3 * B, "USD", "Revolut", "profit", "2024", "rv_np_usd"),
    ("£30bn", 30 * B, "GBP", "Revolut", "other", "2024"),
    ("£3.99", 3.99, "GBP", "Revolut", "other", None),
    ("£14.99", 14.99, "GBP", "Revolut", "other", None),
    ("$45bn", 45 * B, "USD", "Revolut", "valuation", "2024-08", "rv_val"),
    ("£34bn", 34 * B, "GBP", "Revolut", "valuation", "2024-08", "rv_val_gbp"),
    ("$500m", 500 * M, "USD", "Revolut", "price_paid", "2024-08"),
    ("£1.2bn", 1.2 * B, "GBP", "Revolut", "profit", "2024", "rv_12"),
]

D["16_netflix_q4_2023.md"] = [
    ("$5 Billion", 5 * B, "USD", "Netflix", "other", "2024-01"),
    ("$8.83 billion", 8.83 * B, "USD", "Netflix", "revenue", "2023-12", "n_rev_q"),
    ("$7.85 billion", 7.85 * B, "USD", "Netflix", "revenue", "2022-12", "n_rev_q22"),
    ("$938 million", 938 * M, "USD", "Netflix", "profit", "2023-12", "n_np_q"),
    ("$55 million", 55 * M, "USD", "Netflix", "profit", "2022-12", "n_np_q22"),
    ("$33.7 billion", 33.7 * B, "USD", "Netflix", "revenue", "2023", "n_rev_y"),
    ("$31.6 billion", 31.6 * B, "USD", "Netflix", "revenue", "2022", "n_rev_y22"),
    ("$6.95 billion", 6.95 * B, "USD", "Netflix", "profit", "2023", "n_oi"),
    ("$5.41 billion", 5.41 * B, "USD", "Netflix", "profit", "2023", "n_ni"),
    ("$6.9 billion", 6.9 * B, "USD", "Netflix", "other", "2023"),
    ("$14.87bn", 14.87 * B, "USD", "Netflix", "revenue", "2023", "n_ucan"),
    ("$10.56bn", 10.56 * B, "USD", "Netflix", "revenue", "2023", "n_emea"),
    ("$4.45bn", 4.45 * B, "USD", "Netflix", "revenue", "2023", "n_latam"),
    ("$3.76bn", 3.76 * B, "USD", "Netflix", "revenue", "2023", "n_apac"),
    ("$9.24 billion", 9.24 * B, "USD", "Netflix", "revenue", "2024-03"),
    ("$5 billion", 5 * B, "USD", "Netflix", "other", "2024-01"),
    ("$15.49", 15.49, "USD", "Netflix", "other", None, "n_us_price"),
    ("£10.99", 10.99, "GBP", "Netflix", "other", None, "n_uk_price"),
    ("$6.99", 6.99, "USD", "Netflix", "other", None),
    ("$8.83 billion", 8.83 * B, "USD", "Netflix", "revenue", "2023-09", "n_rev_q3"),
]

D["17_instacart_ipo_qa.md"] = [
    ("$30", 30, "USD", "Instacart", "share_price", "2023-09", "i_offer"),
    ("$28", 28, "USD", "Instacart", "share_price", "2023-09"),
    ("$30", 30, "USD", "Instacart", "share_price", "2023-09"),
    ("$660 million", 660 * M, "USD", "Instacart", "funding", "2023-09", "i_raised"),
    ("$9.9 billion", 9.9 * B, "USD", "Instacart", "valuation", "2023-09", "i_val"),
    ("$42", 42, "USD", "Instacart", "share_price", "2023-09", "i_open"),
    ("$33.70", 33.70, "USD", "Instacart", "share_price", "2023-09", "i_close"),
    ("$9.9 billion", 9.9 * B, "USD", "Instacart", "valuation", "2023-09"),
    ("$265 million", 265 * M, "USD", "Instacart", "funding", "2021-03"),
    ("$39 billion", 39 * B, "USD", "Instacart", "valuation", "2021-03", "i_val21"),
    ("$39", 39, "USD", "Instacart", "valuation", "2021-03", "i_noscale"),
    ("$175 million", 175 * M, "USD", "Instacart", "investment", "2023-09", "i_pepsi"),
    ("$428 million", 428 * M, "USD", "Instacart", "profit", "2022"),
    ("$2.55 billion", 2.55 * B, "USD", "Instacart", "revenue", "2022"),
    ("$242 million", 242 * M, "USD", "Instacart", "profit", "2023-06"),
    ("$99", 99, "USD", "Instacart", "other", None),
    ("$9.99", 9.99, "USD", "Instacart", "other", None),
    ("$35", 35, "USD", None, "other", None),
]

D["18_listings_scorecard.md"] = [
    ("$51", 51, "USD", "Arm", "share_price", "2023-09"),
    ("$4.87bn", 4.87 * B, "USD", "Arm", "funding", "2023-09", "t_arm_raised"),
    ("$54.5bn", 54.5 * B, "USD", "Arm", "valuation", "2023-09", "t_arm_val"),
    ("$63.59", 63.59, "USD", "Arm", "share_price", "2023-09"),
    ("$30", 30, "USD", "Instacart", "share_price", "2023-09"),
    ("$660m", 660 * M, "USD", "Instacart", "funding", "2023-09", "t_ic_raised"),
    ("$10.9bn", 10.9 * B, "USD", "Instacart", "valuation", "2023-09", "t_ic_val"),
    ("$33.70", 33.70, "USD", "Instacart", "share_price", "2023-09"),
    ("$34", 34, "USD", "Reddit", "share_price", "2024-03"),
    ("$784m", 784 * M, "USD", "Reddit", "funding", "2024-03", "t_rd_raised"),
    ("$6.4bn", 6.4 * B, "USD", "Reddit", "valuation", "2024-03"),
    ("$50.44", 50.44, "USD", "Reddit", "share_price", "2024-03"),
    ("$40", 40, "USD", "Klarna", "share_price", "2025-09"),
    ("$1.37bn", 1.37 * B, "USD", "Klarna", "funding", "2025-09", "t_kl_raised"),
    ("$15.1bn", 15.1 * B, "USD", "Klarna", "valuation", "2025-09"),
    ("$45.82", 45.82, "USD", "Klarna", "share_price", "2025-09"),
    ("$54.5bn", 54.5 * B, "USD", "Arm", "valuation", "2024-09", "t_arm_val_text"),
    ("$51", 51, "USD", "Arm", "share_price", "2023-09"),
    ("$34", 34, "USD", "Reddit", "share_price", "2024-03"),
    ("$30", 30, "USD", "Instacart", "share_price", "2023-09"),
    ("$7.7bn", 7.7 * B, "USD", None, "funding", None, "t_total"),
    ("$140bn", 140 * B, "USD", None, "funding", "2021"),
]

PROBLEMS = [
    # currency-conflict
    (
        "currency-conflict",
        ["x_conflict", "x_np"],
        "Xiaomi's 2023 adjusted profit is written '$19.3 billion yuan' (dollar sign plus yuan); the same figure is RMB 19.3 billion earlier in the document, about $2.7 billion (19.3 / 7.23).",
    ),
    (
        "currency-conflict",
        ["b_conflict", "b_np_q"],
        "Alibaba's March-quarter net income is written '$3.27 billion yuan' (dollar sign plus yuan); the release figure is RMB 3.27 billion, i.e. $453 million.",
    ),
    (
        "currency-conflict",
        ["ar_conflict", "ar_raised_sar"],
        "The IPO proceeds are written '$96 billion riyals' (dollar sign plus riyals); the document gives them as SAR 96 billion, which is $25.6 billion at 3.75 riyals to the dollar.",
    ),
    # missing-scale
    (
        "missing-scale",
        ["a1_noscale", "a1_val"],
        "'the $54.5 valuation' lost its 'billion': the same paragraph set values Arm at $54.5 billion at the $51 offer price, and $54.5 is implausible as a company valuation.",
    ),
    (
        "missing-scale",
        ["z_noscale", "z_blinkit"],
        "'The Rs 4,447 Blinkit bet' lost its 'crore': Zomato paid Rs 4,447 crore for Blinkit (stated two paragraphs earlier); Rs 4,447 is about $53.",
    ),
    (
        "missing-scale",
        ["i_noscale", "i_val21"],
        "'the $39 valuation' lost its 'billion': the preceding sentence says the 2021 round valued Instacart at $39 billion.",
    ),
    # missing-currency
    (
        "missing-currency",
        ["a2_haas"],
        "'awards worth as much as 30 million' has no currency, and the article mixes dollars and pounds (and pence), so neither is settled by context.",
    ),
    (
        "missing-currency",
        ["k_rev_nocur"],
        "'revenue for 2024 came to 2.81 billion' has no currency; the note states figures in both US dollars and Swedish kronor (SEK 141 billion), so the unit is not settled (2.81 billion in SEK would be about $0.3 billion).",
    ),
    (
        "missing-currency",
        ["ar_retail"],
        "'orders worth 47 billion' has no currency in a document that alternates riyal (SAR 96 billion, SAR 446 billion) and dollar figures; SAR 47 billion and $47 billion differ by a factor of 3.75.",
    ),
    # fx-mismatch
    (
        "fx-mismatch",
        ["a2_raised_gbp", "a2_raised_usd"],
        "At the ECB rate for 2023-09-15 (0.806 GBP per USD), $4.87bn is about £3.92bn; the stated £3.1bn is about 21% too low.",
    ),
    (
        "fx-mismatch",
        ["x_max_usd", "x_max"],
        "At the ECB rate for 2024-03-29 (about 7.23 CNY per USD), 299,900 yuan is about $41,480; the stated $33,500 is about 19% too low (the base model's 215,900 yuan = $29,870 is converted correctly).",
    ),
    (
        "fx-mismatch",
        ["rv_np_usd", "rv_np"],
        "At the ECB rate for 2025-04-24 (1.33 USD per GBP), £790m is about $1.05bn; the stated $1.3bn is about 24% too high (the £1.1bn = $1.4bn and £3.1bn = $4bn pairs in the same paragraph are right).",
    ),
    # figure-conflict
    (
        "figure-conflict",
        ["s_56", "s_funding"],
        "Stripe's 2023 raise is 'more than $6.5 billion' in the March 2023 paragraph and '$5.6 billion' in the last paragraph; $5.6bn contradicts 'more than $6.5bn' (digits transposed).",
    ),
    (
        "figure-conflict",
        ["m_697", "m_deal", "m_deal2"],
        "The Activision price is $68.7 billion in the headline and twice in the body, but '$69.7 billion' in the last paragraph: a $1bn difference for the same deal value.",
    ),
    (
        "figure-conflict",
        ["rv_12", "rv_pbt", "rv_title"],
        "Revolut's 2024 pre-tax profit is £1.1bn in the headline and the results paragraph but '£1.2bn' in the last paragraph.",
    ),
    (
        "figure-conflict",
        ["t_ic_val", "i_val"],
        "The scorecard table gives Instacart's IPO valuation as $10.9bn; doc 17 gives $9.9 billion at the $30 offer price (fully diluted) for the same September 2023 listing.",
    ),
    (
        "figure-conflict",
        ["t_rd_raised", "r_raised"],
        "The scorecard table says Reddit's IPO raised $784m; doc 05 says $748 million, and its parts ($519.5m + $228.5m = $748m) confirm $748m (digits transposed).",
    ),
    # sum-mismatch
    (
        "sum-mismatch",
        ["k_sellers", "k_company", "k_raised2"],
        "Of the $1.37 billion raised, the company got $222 million and sellers '$1.05 billion': 0.222 + 1.05 = $1.272bn, about $100m short of $1.37bn (34.3m x $40 = $1.372bn; the sellers' share should be about $1.15bn).",
    ),
    (
        "sum-mismatch",
        ["b_returned", "b_buyback", "b_div"],
        "Alibaba 'returned $16.5 billion': $12.5 billion of buybacks plus about $2.5 billion of dividends is $15.0 billion, $1.5bn short of the stated total.",
    ),
    # change-mismatch
    (
        "change-mismatch",
        ["p_list", "p_issue"],
        "Listing at Rs 1,955 against an issue price of Rs 2,150 is a discount of (2150-1955)/2150 = 9.1%, not the stated 12%.",
    ),
    (
        "change-mismatch",
        ["bd_rev23", "bd_rev22"],
        "Revenue 'rose 40% in 2023 to about $120 billion, from $80 billion': 120/80 = 1.50, a 50% rise (a 40% rise to $120bn implies about $86bn).",
    ),
    (
        "change-mismatch",
        ["i_open", "i_offer"],
        "An open of $42 against the $30 offer price is 42/30 = 1.40, i.e. 40% above, not the stated 50%.",
    ),
    # stake-mismatch
    (
        "stake-mismatch",
        ["k_800", "k_val22"],
        "$800 million for 'roughly an 18% stake' implies a post-money value of 0.8/0.18 = $4.4 billion, not the stated $6.7 billion; at $6.7bn the $800m buys 11.9%.",
    ),
    (
        "stake-mismatch",
        ["v_silverlake", "v_equity"],
        "Silver Lake's 'around 10%' of VMware at a deal that values the equity at $61 billion is worth about $6.1 billion, not 'some $11 billion' (which would be an 18% holding).",
    ),
    (
        "stake-mismatch",
        ["i_pepsi", "i_val"],
        "PepsiCo's $175 million at the $9.9 billion IPO valuation is 0.175/9.9 = 1.8% of the company, not 'about 3%' (3% would cost about $300m).",
    ),
    # multiple-mismatch
    (
        "multiple-mismatch",
        ["s_val25", "s_val24"],
        "$91.5 billion is 91.5/65 = 1.41 times the $65 billion of February 2024, not 'nearly double'.",
    ),
    (
        "multiple-mismatch",
        ["p_ipo", "p_coal"],
        "Rs 18,300 crore is 18300/15200 = 1.20 times Coal India's Rs 15,200 crore, not 'nearly double'.",
    ),
    (
        "multiple-mismatch",
        ["m_linkedin", "m_deal2"],
        "'more than three times the $26.2 billion it paid for LinkedIn': $68.7bn / $26.2bn = 2.6 times.",
    ),
    (
        "multiple-mismatch",
        ["n_np_q", "n_np_q22"],
        "Net income of $938 million is 938/55 = 17.1 times the $55 million a year earlier, not 'more than 20 times'.",
    ),
    # period-conflict
    (
        "period-conflict",
        ["a2_vf_paid", "a1_vf_paid"],
        "Doc 02 (2023-09-15) dates SoftBank's $16.1bn purchase of the Vision Fund's 25% of Arm to 'last year' (2022); doc 01 dates the same $16.1 billion purchase to 'last month' (August 2023).",
    ),
    (
        "period-conflict",
        ["b_rev_dec", "b_rev_q"],
        "RMB 221.87 billion is Alibaba's revenue for the three months to March 2024 in the first paragraph, but the last paragraph attributes the same figure to the December quarter.",
    ),
    (
        "period-conflict",
        ["ar_np17", "ar_np18"],
        "Aramco's $111.1 billion profit is for 2018 in the profit paragraph, but the last paragraph attributes the same figure to 2017.",
    ),
    (
        "period-conflict",
        ["n_rev_q3", "n_rev_q"],
        "$8.83 billion is Netflix's revenue for the three months to December 2023, but the last paragraph attributes the same figure to the third quarter.",
    ),
    (
        "period-conflict",
        ["t_arm_val_text", "t_arm_val", "a1_val"],
        "The scorecard text says Arm 'floated in September 2024 at a $54.5bn valuation'; its own table and doc 01 put the same $54.5bn listing in September 2023.",
    ),
]

TRAPS = [
    (
        ["a1_vf_paid", "a1_vf_val"],
        "$16.1 billion for 25% implies 16.1/0.25 = $64.4 billion, matching 'the $64 billion-plus implied'.",
    ),
    (
        ["a1_vf_val", "a1_val"],
        "Two different transactions a month apart: the August 2023 Vision Fund transfer implied $64bn+, the September IPO priced Arm at $54.5bn; the text says the IPO value is 'short of' the earlier figure.",
    ),
    (
        ["a2_mcap_gbp", "a2_mcap_usd"],
        "At the ECB rate for 2023-09-15 (0.806 GBP per USD) $65bn is £52.4bn.",
    ),
    (
        ["a2_2016_gbp", "a2_2016_usd"],
        "£24.3bn was about $32bn at the July 2016 rate (about 1.32 USD per GBP), as the text says ('at the time'); even at the 2023-09-15 rate $32bn is £25.8bn, within 6%.",
    ),
    (["a2_mcap_gbp", "a2_2016_gbp"], "'more than double': £52bn / £24.3bn = 2.14."),
    (["s_val23", "s_val21"], "$50 billion vs $95 billion is a fall of 45/95 = 47.4%, 'about 47%'."),
    (
        ["s_val25_eur", "s_val25"],
        "Undated article placed in early 2025: at February 2025 rates (about 0.96 EUR per USD) $91.5 billion is about €88 billion.",
    ),
    (
        ["s_tpv24", "s_tpv23"],
        "$1.4 trillion is a 38% rise from $1.01 trillion, which the text rounds to 'about $1 trillion'; both figures are rounded (1.35-1.45 over 0.95-1.05 spans 29%-53%).",
    ),
    (
        ["k_val_sek", "k_val"],
        "At the ECB rate for 2025-09-11 (about 9.37 SEK per USD) $15.1 billion is SEK 141.5 billion.",
    ),
    (["k_val", "k_val21"], "'less than a third': $15.1bn / $45.6bn = 0.331 < 0.333."),
    (["r_raised", "r_company", "r_sellers"], "$519.5 million + $228.5 million = $748 million."),
    (
        ["r_mcap", "r_val"],
        "$6.4 billion is the value at the $34 offer price; after the 48% first-day rise ($50.44/$34 = 1.48) the same shares are worth 6.4 x 1.48 = $9.5 billion: IPO valuation vs later market capitalisation.",
    ),
    (
        ["r_rev23", "r_val"],
        "Revenue ($804m in 2023) and valuation ($6.4bn at listing) are different metrics of the same company; no contradiction.",
    ),
    (
        ["z_qip_usd", "z_qip"],
        "At the ECB rate for 2024-11-26 (about 84.3 INR per USD) Rs 8,500 crore (Rs 85 billion) is $1.01 billion, 'roughly $1 billion'.",
    ),
    (
        ["z_mcap_usd", "z_mcap"],
        "At about 84.3 INR per USD (2024-11-26) ₹2.49 lakh crore (₹2.49 trillion) is $29.5 billion.",
    ),
    (["z_q2", "z_q2_prev"], "Rs 176 crore / Rs 36 crore = 4.89, a rise of 389%."),
    (
        ["p_ipo", "p_fresh", "p_ofs"],
        "Fresh issue Rs 8,300 crore + offer for sale Rs 10,000 crore = Rs 18,300 crore.",
    ),
    (
        ["p_val_usd", "p_val"],
        "At the ECB rate for 2021-11-18 (about 74.2 INR per USD) Rs 1.39 lakh crore (Rs 1.39 trillion) is $18.7 billion.",
    ),
    (["p_close", "p_issue"], "Rs 1,564.15 vs Rs 2,150 is a fall of 27.2%, 'down 27 per cent'."),
    (
        ["x_su7_usd", "x_su7"],
        "At the ECB rate for 2024-03-29 (about 7.23 CNY per USD) 215,900 yuan is $29,863, stated as $29,870.",
    ),
    (["x_rev_usd", "x_rev"], "At about 7.23 CNY per USD, RMB 271 billion is $37.5 billion."),
    (
        ["b_rev_y_usd", "b_rev_y", "b_rate"],
        "The release converts at its stated rate of RMB 7.2203 per dollar: 941.17 / 7.2203 = $130.35 billion (the ECB rate of the document's date, about 7.23, gives $130.1bn).",
    ),
    (
        ["b_rev_q", "b_rev_y"],
        "RMB 221.87 billion is the March quarter, RMB 941.17 billion the full fiscal year to March 2024; quarter vs year, not a conflict.",
    ),
    (
        ["b_taobao", "b_rev_q"],
        "RMB 93.2 billion is the Taobao and Tmall Group division's quarterly revenue; the group's is RMB 221.87 billion.",
    ),
    (["m_offer", "m_prev"], "$95 / $65.39 = 1.453, a 45% premium."),
    (
        ["m_equity", "m_deal2"],
        "The text explains the difference: $68.7 billion nets off Activision's own cash, the equity alone is about $75 billion.",
    ),
    (
        ["m_gbp", "m_deal2"],
        "At the ECB rate for 2023-10-13 (about 0.821 GBP per USD) $68.7 billion is £56.4 billion.",
    ),
    (
        ["v_total", "v_equity", "v_debt"],
        "$61 billion of equity + $8 billion of assumed net debt = $69 billion.",
    ),
    (
        ["v_total_eur", "v_total"],
        "At the ECB rate for 2023-11-22 (about 0.917 EUR per USD) $69 billion is €63.2 billion.",
    ),
    (
        ["v_dell", "v_equity"],
        "Dell's roughly 40% of a $61 billion equity value is 0.40 x 61 = $24.4 billion, 'about $24 billion'.",
    ),
    (
        ["v_title", "v_total"],
        "The same $69 billion deal value, agreed in May 2022 and cleared in November 2023: a deal's signing and completion, not two periods for one figure.",
    ),
    (
        ["ar_raised", "ar_raised_sar", "ar_peg"],
        "At the stated fixed rate of 3.75 riyals per dollar, SAR 96 billion / 3.75 = $25.6 billion.",
    ),
    (
        ["ar_raised", "ar_val"],
        "1.5% of a $1.7 trillion valuation is $25.5 billion, matching the $25.6 billion raised.",
    ),
    (
        ["ar_greenshoe", "ar_raised"],
        "$29.4 billion is the total if the over-allotment option is exercised (25.6 x 1.15 = 29.4); $25.6 billion is the base deal.",
    ),
    (["ar_np18", "ar_apple"], "'nearly twice': $111.1bn / $59.5bn = 1.87."),
    (
        ["d_val_usd", "d_val"],
        "At the ECB rate for 2025-05-06 (about 1.337 USD per GBP) £2.9bn is $3.88bn.",
    ),
    (
        ["d_first", "d_offer"],
        "176p was DoorDash's earlier, rejected approach; 180p is the agreed offer: two offers at different dates.",
    ),
    (
        ["d_prosus", "d_takeaway"],
        "Two rival bids for the same target (Just Eat, 2019): Prosus at £5.5bn and Takeaway.com at about £6.2bn; not a conflict.",
    ),
    (["bd_val", "bd_val23"], "$300 billion / $268 billion = 1.119, 12% more."),
    (
        ["bd_rev23_cny", "bd_rev23"],
        "At the ECB rate for 2024-12-05 (about 7.27 CNY per USD, 'today's exchange rate') $120 billion is about 872 billion yuan, stated as roughly 873 billion.",
    ),
    (
        ["rv_pbt_usd", "rv_pbt"],
        "At the ECB rate for 2025-04-24 (about 1.33 USD per GBP) £1.1bn is $1.46bn; '$1.4bn' is within rounding of a £1.1bn figure (4%).",
    ),
    (
        ["rv_val_gbp", "rv_val"],
        "At 0.752 GBP per USD (2025-04-24) $45bn is £33.8bn, 'about £34bn'.",
    ),
    (
        ["n_rev_y", "n_ucan", "n_emea", "n_latam", "n_apac"],
        "The regional table adds to 14.87 + 10.56 + 4.45 + 3.76 = $33.64 billion, matching $33.7 billion within the rounding of the parts.",
    ),
    (
        ["n_rev_q", "n_rev_y"],
        "$8.83 billion is the fourth quarter, $33.7 billion the full year 2023.",
    ),
    (
        ["n_ni", "n_oi"],
        "$5.41 billion is net income and $6.95 billion operating income for 2023: different profit lines.",
    ),
    (
        ["n_uk_price", "n_us_price"],
        "£10.99 is the UK price of the standard plan, not a conversion of the $15.49 US price (at 2024-01-24 rates $15.49 would be about £12.15).",
    ),
    (["i_val", "i_val21"], "'roughly a quarter': $9.9bn / $39bn = 0.254."),
    (
        ["t_total", "t_arm_raised", "t_ic_raised", "t_rd_raised", "t_kl_raised"],
        "The table's proceeds add to 4.87 + 0.66 + 0.784 + 1.37 = $7.68 billion, 'about $7.7bn' (with Reddit's correct $748m it is $7.65bn, still 'about $7.7bn').",
    ),
]
