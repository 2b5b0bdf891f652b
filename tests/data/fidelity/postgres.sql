-- Hostile values a PostgreSQL CRM really holds, one per row (the row's other columns are NULL).
-- {T} is the table; ids group the values by column.
INSERT INTO {T} (id, c_small) VALUES (101, -32768), (102, 32767);
INSERT INTO {T} (id, c_int) VALUES (111, 0), (112, -2147483648), (113, 2147483647);
INSERT INTO {T} (id, c_big) VALUES (121, -9223372036854775808), (122, 9223372036854775807);
INSERT INTO {T} (id, c_ubig) VALUES (131, 18446744073709551615), (132, 0);
INSERT INTO {T} (id, c_bool) VALUES (161, true), (162, false);
INSERT INTO {T} (id, c_dec) VALUES (171, 99999999999999.9999), (172, -99999999999999.9999), (173, 0.0001), (174, 12.5);
INSERT INTO {T} (id, c_num) VALUES (181, 123456789012345678901234567890.123456789), (182, 'NaN'), (183, 0.00000000000000000001), (184, -5);
INSERT INTO {T} (id, c_dbl) VALUES (191, 'NaN'), (192, 'Infinity'), (193, '-Infinity'), (194, '-0'), (195, 1.7976931348623157e308), (196, 5e-324), (197, 0.1);
INSERT INTO {T} (id, c_real) VALUES (201, 3.4028235e38), (202, '-0'), (203, 1.17549435e-38), (204, 'NaN');
INSERT INTO {T} (id, c_char) VALUES (211, 'ab'), (212, ''), (213, 'ÆØÅ');
INSERT INTO {T} (id, c_vc) VALUES (221, ' lead'), (222, 'trail '), (223, U&'\FEFFbom'), (224, U&'\FFFE'), (225, 'NULL'), (226, ''), (227, '😀👍🏽'), (228, E'tab\there'), (229, E'cr\rlf\n'), (230, 'back\slash''q"');
INSERT INTO {T} (id, c_text) VALUES (231, repeat('Ærø ヘ付 😀 ', 3000)), (232, U&'\0001ctl\007F'), (233, U&'e\0301'), (234, ' '), (235, U&'\FFFF\FDD0');
INSERT INTO {T} (id, c_uuid) VALUES (261, '00000000-0000-0000-0000-000000000000'), (262, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
INSERT INTO {T} (id, c_interval) VALUES (271, '1 year 2 mons 3 days 04:05:06.789'), (272, '-00:00:01'), (273, '838:59:59');
INSERT INTO {T} (id, c_json) VALUES (281, '{"b": 1, "a": [1, 2, {"c": "é"}]}'), (282, 'null'), (283, '[]'), (284, '"text"');
INSERT INTO {T} (id, c_date) VALUES (291, 'infinity'), (292, '-infinity'), (293, '0044-03-15 BC'), (294, '0001-01-01'), (295, '9999-12-31'), (296, '10000-01-01'), (297, '2024-02-29'), (298, '1000-01-01');
INSERT INTO {T} (id, c_time) VALUES (301, '00:00:00'), (302, '23:59:59.999999'), (303, '24:00:00'), (304, '12:00:00.000001');
INSERT INTO {T} (id, c_ts) VALUES (311, 'infinity'), (312, '-infinity'), (313, '0044-03-15 10:00:00 BC'), (314, '2024-03-10 02:30:00.123456'), (315, '1970-01-01 00:00:00'), (316, '9999-12-31 23:59:59.999999'), (317, '1000-01-01 00:00:00');
INSERT INTO {T} (id, c_bin) VALUES (321, '\x00ff00'), (322, '\x'), (323, '\xefbbbf');
