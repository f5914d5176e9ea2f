-- Reference data (regions, places, offices, units, schools) named in notice 沪教委办〔2018〕39号 on 2018 education counterpart support.

-- Partner regions: the 实施地区 values of Attachment 2, in table order.
INSERT INTO directory_region (code, name_zh, name_en, kind, parent_code, sort_order) VALUES
    ('yunnan', '云南', 'Yunnan', 'PROVINCE', NULL, 10),
    ('xinjiang', '新疆', 'Xinjiang', 'PROVINCE', NULL, 20),
    ('xizang', '西藏', 'Tibet', 'PROVINCE', NULL, 30),
    ('qinghai', '青海', 'Qinghai', 'PROVINCE', NULL, 40),
    ('guizhou', '贵州', 'Guizhou', 'PROVINCE', NULL, 50),
    ('wanzhou', '万州', 'Wanzhou, Chongqing', 'DISTRICT', NULL, 60),
    ('yiling', '夷陵', 'Yiling, Yichang', 'DISTRICT', NULL, 70),
    ('karamay', '克拉玛依', 'Karamay', 'CITY', NULL, 80),
    ('western-partners', '西部对口地区', 'Western partner regions', 'GROUPING', NULL, 90),
    ('other-provinces', '其他省市', 'Other provinces and cities', 'GROUPING', NULL, 100);

-- Places inside the partner regions (sort_order counts within each parent).
INSERT INTO directory_region (code, name_zh, name_en, kind, parent_code, sort_order) VALUES
    ('dianxi', '滇西', 'Western Yunnan', 'GROUPING', 'yunnan', 10),
    ('nujiang', '怒江州', 'Nujiang Prefecture', 'CITY', 'yunnan', 20),
    ('nanjiang', '南疆', 'Southern Xinjiang', 'GROUPING', 'xinjiang', 10),
    ('kashgar', '喀什', 'Kashgar Prefecture', 'CITY', 'xinjiang', 20),
    ('shigatse', '日喀则', 'Shigatse', 'CITY', 'xizang', 10),
    ('sisheng-zangqu', '四省对口藏区', 'Partner Tibetan areas of the four provinces', 'GROUPING', 'xizang', 20),
    ('xining', '西宁', 'Xining', 'CITY', 'qinghai', 10),
    ('golog', '果洛州', 'Golog Prefecture', 'CITY', 'qinghai', 20),
    ('zunyi', '遵义', 'Zunyi', 'CITY', 'guizhou', 10);

INSERT INTO directory_region (code, name_zh, name_en, kind, parent_code, sort_order) VALUES
    ('kashgar-four-counties', '喀什四县', 'Four counties of Kashgar', 'GROUPING', 'kashgar', 10);

INSERT INTO directory_region (code, name_zh, name_en, kind, parent_code, sort_order) VALUES
    ('zepu', '泽普县', 'Zepu County', 'DISTRICT', 'kashgar-four-counties', 10),
    ('shache', '莎车县', 'Shache County', 'DISTRICT', 'kashgar-four-counties', 20),
    ('yecheng', '叶城县', 'Yecheng County', 'DISTRICT', 'kashgar-four-counties', 30),
    ('bachu', '巴楚县', 'Bachu County', 'DISTRICT', 'kashgar-four-counties', 40);

-- The commission's offices (处室), under the name the notice uses most.
INSERT INTO directory_office (code, name_zh, name_en, sort_order) VALUES
    ('bangongshi', '委办公室（信息办）', 'General Office (Information Office)', 10),
    ('renshi', '人事处', 'Personnel Office', 20),
    ('jijiao', '基教处', 'Basic Education Office', 30),
    ('zhijiao', '职教处', 'Vocational Education Office', 40),
    ('gaojiao', '高教处', 'Higher Education Office', 50),
    ('guihua', '规划处', 'Development Planning Office', 60),
    ('yuguan', '语管处', 'Language and Script Administration Office', 70),
    ('zugan', '组织干部处', 'Organisation and Cadres Office', 80),
    ('caiwu', '财务处', 'Finance Office', 90),
    ('zhongjiao', '终教处', 'Lifelong Education Office', 100),
    ('dudao', '督导室', 'Education Inspection Office', 110),
    ('deyu', '德育处', 'Moral Education Office', 120),
    ('xuesheng', '学生处', 'Student Affairs Office', 130),
    ('houbao', '后保处', 'Logistics Support Office', 140),
    ('qingbao', '青保处', 'Youth Protection Office', 150),
    ('tiweiyi', '体卫艺科处', 'Physical Education, Health, Arts and Science Education Office', 160),
    ('fagui', '法规处', 'Policy and Regulations Office', 170);

-- Other spellings of the offices: the notice's variants and the full official names.
INSERT INTO directory_office_alias (alias, office_code) VALUES
    ('办公室（信息办）', 'bangongshi'),
    ('委办公室', 'bangongshi'),
    ('市教委办公室', 'bangongshi'),
    ('基础教育处', 'jijiao'),
    ('职业教育处', 'zhijiao'),
    ('高等教育处', 'gaojiao'),
    ('发展规划处', 'guihua'),
    ('语言文字管理处', 'yuguan'),
    ('组干处', 'zugan'),
    ('终身教育处', 'zhongjiao'),
    ('后勤保障处', 'houbao'),
    ('青少年保护处', 'qingbao'),
    ('体育卫生艺术科技教育处', 'tiweiyi'),
    ('政策法规处', 'fagui');

-- Undertaking and implementing units (承办单位, 项目实施单位), in order of first appearance.
INSERT INTO directory_unit (code, name_zh, name_en, kind, generic, sort_order) VALUES
    ('shipei', '市师资培训中心', 'Shanghai Teacher Training Centre', 'TRAINING_CENTRE', FALSE, 10),
    ('jiaoyanshi', '市教委教研室', 'Teaching Research Office of the Shanghai Municipal Education Commission', 'RESEARCH_INSTITUTE', FALSE, 20),
    ('deyu-centre', '市德育中心', 'Shanghai Moral Education Centre', 'PUBLIC_INSTITUTION', FALSE, 30),
    ('dudao-centre', '市教育督导事务中心', 'Shanghai Education Inspection Affairs Centre', 'PUBLIC_INSTITUTION', FALSE, 40),
    ('lixin', '上海立信会计金融学院', 'Shanghai Lixin University of Accounting and Finance', 'UNIVERSITY', FALSE, 50),
    ('tongji', '同济大学', 'Tongji University', 'UNIVERSITY', FALSE, 60),
    ('fudan', '复旦大学', 'Fudan University', 'UNIVERSITY', FALSE, 70),
    ('sjtu', '上海交通大学', 'Shanghai Jiao Tong University', 'UNIVERSITY', FALSE, 80),
    ('related-vocational-schools', '相关职业学校', 'Relevant vocational schools', 'VOCATIONAL_SCHOOL', TRUE, 90),
    ('dianjiaoguan', '市电教馆', 'Shanghai Audio-Visual Education Centre', 'PUBLIC_INSTITUTION', FALSE, 100),
    ('yuce', '市语测中心', 'Shanghai Language Proficiency Testing Centre', 'PUBLIC_INSTITUTION', FALSE, 110),
    ('related-voc-colleges', '相关中、高职院校', 'Relevant secondary and higher vocational colleges', 'VOCATIONAL_SCHOOL', TRUE, 120),
    ('related-district-edu', '相关区教育局', 'Relevant district education bureaus', 'EDUCATION_BUREAU', TRUE, 130),
    ('shnu', '上海师范大学', 'Shanghai Normal University', 'UNIVERSITY', FALSE, 140),
    ('donghua', '东华大学', 'Donghua University', 'UNIVERSITY', FALSE, 150),
    ('related-universities', '相关高校', 'Relevant universities', 'UNIVERSITY', TRUE, 160),
    ('hu-ka-alliance', '沪喀职教联盟', 'Shanghai-Kashgar Vocational Education Alliance', 'ALLIANCE', FALSE, 170),
    ('related-sec-voc-schools', '相关中职校', 'Relevant secondary vocational schools', 'VOCATIONAL_SCHOOL', TRUE, 180),
    ('jiaokeyuan', '市教科院', 'Shanghai Academy of Educational Sciences', 'RESEARCH_INSTITUTE', FALSE, 190),
    ('related-schools', '相关学校', 'Relevant schools', 'SCHOOL', TRUE, 200),
    ('ouchn-sh', '上海开放大学', 'Shanghai Open University', 'UNIVERSITY', FALSE, 210),
    ('datong', '大同中学', 'Datong High School', 'SCHOOL', FALSE, 220),
    ('hu-guo-alliance', '沪果职业联盟', 'Shanghai-Golog Vocational Alliance', 'ALLIANCE', FALSE, 230),
    ('hu-zun-alliance', '沪遵职教联盟', 'Shanghai-Zunyi Vocational Education Alliance', 'ALLIANCE', FALSE, 240),
    ('paired-schools', '对口中小学', 'Paired primary and secondary schools', 'SCHOOL', TRUE, 250),
    ('dongfang-lvzhou', '东方绿舟', 'Oriental Land Youth Campus', 'PUBLIC_INSTITUTION', FALSE, 260),
    ('yangpu-edu', '杨浦区教育局', 'Yangpu District Education Bureau', 'EDUCATION_BUREAU', FALSE, 270),
    ('related-primary-secondary', '相关中小学', 'Relevant primary and secondary schools', 'SCHOOL', TRUE, 280);

-- Short forms of the units the notice uses.
INSERT INTO directory_unit_alias (alias, unit_code) VALUES
    ('师培中心', 'shipei'),
    ('区教育局', 'related-district-edu'),
    ('中职校', 'related-sec-voc-schools'),
    ('中小学', 'related-primary-secondary');

-- Schools the notice names, in order of first appearance (region_code NULL = Shanghai).
INSERT INTO directory_school (code, name_zh, name_en, stage, region_code, unit_code, sort_order) VALUES
    ('shigatse-shanghai-exp', '日喀则上海实验学校', 'Shigatse Shanghai Experimental School', 'SECONDARY', 'shigatse', NULL, 10),
    ('zepu-no5', '喀什泽普五中', 'Zepu No. 5 Middle School, Kashgar', 'SECONDARY', 'zepu', NULL, 20),
    ('xining-golog', '西宁果洛中学', 'Xining Golog Middle School', 'SECONDARY', 'xining', NULL, 30),
    ('lixin', '上海立信会计金融学院', 'Shanghai Lixin University of Accounting and Finance', 'UNIVERSITY', NULL, 'lixin', 40),
    ('tongji', '同济大学', 'Tongji University', 'UNIVERSITY', NULL, 'tongji', 50),
    ('fudan', '复旦大学', 'Fudan University', 'UNIVERSITY', NULL, 'fudan', 60),
    ('sjtu', '上海交通大学', 'Shanghai Jiao Tong University', 'UNIVERSITY', NULL, 'sjtu', 70),
    ('shnu', '上海师范大学', 'Shanghai Normal University', 'UNIVERSITY', NULL, 'shnu', 80),
    ('kashgar-vtc', '喀什职业技术学院', 'Kashgar Vocational and Technical College', 'HIGHER_VOCATIONAL', 'kashgar', NULL, 90),
    ('donghua', '东华大学', 'Donghua University', 'UNIVERSITY', NULL, 'donghua', 100),
    ('kashi-univ', '喀什大学', 'Kashi University', 'UNIVERSITY', 'kashgar', NULL, 110),
    ('ecnu', '华东师范大学', 'East China Normal University', 'UNIVERSITY', NULL, NULL, 120),
    ('kashgar-normal', '喀什师院', 'Kashgar Teachers College', 'UNIVERSITY', 'kashgar', NULL, 130),
    ('sit', '上海旅游高等专科学校', 'Shanghai Institute of Tourism', 'HIGHER_VOCATIONAL', NULL, NULL, 140),
    ('sit-kashgar', '上海旅专喀什分院', 'Kashgar Branch of Shanghai Institute of Tourism', 'HIGHER_VOCATIONAL', 'kashgar', NULL, 150),
    ('ecnu-online-zepu', '华师大网络学院泽普分院', 'Zepu Branch of the ECNU Online College', 'UNIVERSITY', 'zepu', NULL, 160),
    ('shigatse-no2-voc', '日喀则第二职业学校', 'Shigatse No. 2 Vocational School', 'SECONDARY_VOCATIONAL', 'shigatse', NULL, 170),
    ('ouchn-sh', '上海开放大学', 'Shanghai Open University', 'UNIVERSITY', NULL, 'ouchn-sh', 180),
    ('datong', '大同中学', 'Datong High School', 'SECONDARY', NULL, 'datong', 190),
    ('golog-sec-voc', '果洛州中等职业技术学校', 'Golog Prefecture Secondary Vocational and Technical School', 'SECONDARY_VOCATIONAL', 'golog', NULL, 200),
    ('zunyi-normal', '遵义师范学院', 'Zunyi Normal University', 'UNIVERSITY', 'zunyi', NULL, 210),
    ('zunyi-medical', '遵义医药高等专科学校', 'Zunyi Medical and Pharmaceutical College', 'HIGHER_VOCATIONAL', 'zunyi', NULL, 220);
