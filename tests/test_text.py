"""Chinese text handling: widths, numerals, 万/亿, 余/多, splitting, figures."""

from decimal import Decimal

import pytest

from jiaoti import numbers as num
from jiaoti import text as tx


def test_fold_keeps_offsets_and_folds_width():
    s = "新聘教师４７７人，ＡＢＣ（左一）"
    f = tx.fold(s)
    assert len(f) == len(s)
    assert f == "新聘教师477人,abc(左一)"


def test_normalize_question_width_traditional_space_controls():
    assert tx.normalize_question("  去年新招了多少老師？\u200b\t ") == "去年新招了多少老师?"
    assert tx.normalize_question("體彩賣了多少錢") == "体彩卖了多少钱"
    assert tx.normalize_question("２０２３年  新聘") == "2023年 新聘"
    assert tx.normalize_question("比前一年多招了多少？") == "比前一年多了多少?"
    assert tx.normalize_question("比上年少建了几所") == "比上年少了几所"
    assert tx.normalize_question("比去年多少") == "比去年多少"


@pytest.mark.parametrize("cn,value", [("三", 3), ("十", 10), ("二十三", 23), ("一百二十", 120),
                                      ("一千四百", 1400), ("两", 2), ("二〇二三", 2023),
                                      ("十三", 13), ("一万", 10000), ("三亿", 300000000)])
def test_cn_to_int(cn, value):
    assert num.cn_to_int(cn) == value


@pytest.mark.parametrize("a,b", [
    ("0.73亿元", "7300万元"), ("四所", "4所"), ("40多项", "40余项"), ("1万余人", "10000余人"),
    ("９.８万人次", "98000人次"), ("三个重点", "3个重点"), ("二〇二三年", "2023年"),
    ("百分之一百六十七", "167%"), ("八项行动", "8项行动"), ("四大类", "4大类"),
])
def test_canonical_equates_forms(a, b):
    assert num.canonical(a) == num.canonical(b)


def test_canonical_keeps_non_counting_numerals():
    assert num.canonical("一是实施党的二十大精神") == "一是实施党的二十大精神"
    assert num.canonical("4.51亿元") != num.canonical("4.5亿元")


def test_figure_values_and_units():
    figs = num.find_figures(num.prepare_numbers("荣获4金9银1铜,发放贷款约2.22亿元,资助学生10万余人次"))
    got = {(f.value, f.unit, f.approx) for f in figs}
    assert (Decimal(4), "金", False) in got and (Decimal(1), "铜", False) in got
    assert (Decimal("222000000"), "元", False) in got
    assert (Decimal(100000), "人次", True) in got
    assert num.figure_values("七所") == {Decimal(7)}
    # 余 before the magnitude: '1300余万元' is over 13 million, and '万元' alone is no figure
    assert num.figure_values("投入1300余万元") == {Decimal(13000000)}
    from jiaoti.figures import figures_at
    assert [(f.value, f.unit, f.raw) for f in figures_at("投入1300余万元,建成102所")] == [
        (Decimal(13000000), "元", "1300余万元"), (Decimal(102), "所", "102所")]


def test_sentences_and_clauses_respect_quotes():
    text = "深入开展“红旗渠精神进校园”“童心向党”等实践活动,培养新人。2023年,新聘教师477人;表彰优秀教师120名。"
    sents = [text[a:b] for a, b in tx.sentence_spans(text)]
    assert sents == ["深入开展“红旗渠精神进校园”“童心向党”等实践活动,培养新人。",
                     "2023年,新聘教师477人;", "表彰优秀教师120名。"]
    s = "“8”即实施“党建创新引领、立德树人铸魂育人”等八项行动,新建公办幼儿园7所、改扩建公办幼儿园4所。"
    cl = tx.clauses(s, 0, len(s))
    assert [s[c.start:c.end] for c in cl] == ["“8”即实施“党建创新引领、立德树人铸魂育人”等八项行动",
                                             "新建公办幼儿园7所、改扩建公办幼儿园4所"]
    assert len(cl[0].items) == 1                 # 、 inside quotes does not split
    assert [s[a:b] for a, b in cl[1].items] == ["新建公办幼儿园7所", "改扩建公办幼儿园4所"]


def test_a_lost_character_ends_no_sentence_and_shows_as_a_box():
    text = "青松小学位于和平路?锦绣小区内,规划24个教学班。是否建成？建成了。Why? 因为"
    sents = [text[a:b] for a, b in tx.sentence_spans(text)]
    assert sents[0] == "青松小学位于和平路?锦绣小区内,规划24个教学班。"
    assert "是否建成？" in sents and "Why?" in sents     # (a question, and ASCII around it)
    assert tx.sentence_start(text, text.index("规划")) == 0
    assert tx.mark_lost(sents[0]) == "青松小学位于和平路□锦绣小区内,规划24个教学班。"
    assert tx.mark_lost("Why? 因为") == "Why? 因为"


def test_a_colon_after_a_count_opens_its_breakdown():
    s = "全区共有在校生60039人:高中5118人,初中13024人;师生比为1:25.5,学校如下:一中、二中"
    cl = [s[c.start:c.end] for c in tx.clauses(s, 0, len(s))]
    assert cl == ["全区共有在校生60039人", "高中5118人", "初中13024人", "师生比为1:25.5",
                  "学校如下:一中、二中"]


def test_years_and_terms():
    assert num.years_in("2023年和二〇二四年") == {2023, 2024}
    assert tx.contains_term("“5”即打造", "5")
    assert not tx.contains_term("明确“123851”工作布局", "5")
    assert not tx.contains_term("55所学校", "5")


def test_tokens_use_domain_dictionary():
    toks = tx.tokens("新建公办幼儿园7所")
    assert "公办幼儿园" in toks and "幼儿园" in toks
    assert "双减" in tx.tokens("“双减”政策全面落实")


def test_places():
    from jiaoti.places import gazetteer

    assert [m.form for m in gazetteer().find("郑州市去年新聘教师多少人")] == ["郑州市"]
    assert [m.form for m in gazetteer().find("新乡医学院三全学院")] == ["新乡"]


def test_readable_share_tells_text_from_decoded_bytes():
    from jiaoti.readable import readable_share

    assert readable_share("2025年，全市新建智慧操场12个。") == 1.0
    assert readable_share("") == 1.0
    assert readable_share("탏ᇠꆱ椑㙨碇笖蘶堨㝵ᩈǤ螹⨨ฟ軝㲡쭮") < 0.5


@pytest.mark.parametrize("scan_limit", [4096, 1])
def test_corpus_text_look_ups_are_those_of_a_scan(monkeypatch, scan_limit):
    """The pair index answers exactly as scanning the joined texts does: containment,
    counts, which texts, and each occurrence in order."""
    import random

    from jiaoti import substrings
    from jiaoti.substrings import CorpusText

    monkeypatch.setattr(substrings, "SCAN_LIMIT", scan_limit)
    r = random.Random(7)
    alphabet = "教育学校幼儿园新建所人2024年，。"
    texts = ["".join(r.choice(alphabet) for _ in range(r.randint(0, 40))) for _ in range(60)]
    corpus, blob = CorpusText(texts), "\n".join(texts)
    queries = ["".join(r.choice(alphabet) for _ in range(r.randint(1, 5))) for _ in range(400)]
    for q in queries + ["幼儿园", "2024年", "不在其中", ""]:
        assert (q in corpus) is (q in blob), q
        if len(q) >= 2:
            assert corpus.count(q) == blob.count(q), q
        held = [k for k, t in enumerate(texts) if q in t]
        assert corpus.containing(q, 5) == held[:5], q
        if q:
            found = [(t, i) for t in texts for i in range(len(t)) if t.startswith(q, i)]
            seen = list(corpus.occurrences(q, 7))
            assert all(t.startswith(q, i) for t, i in seen)
            assert len(seen) == min(7, sum(t.count(q) for t in texts))
            assert {(id(t), i) for t, i in seen} <= {(id(t), i) for t, i in found}


def test_corpus_text_of_nothing():
    from jiaoti.substrings import CorpusText

    empty = CorpusText([])
    assert "教育" not in empty and empty.count("教育") == 0 and empty.containing("教育", 3) == []
    assert "a" in CorpusText(["a"]) and "ab" not in CorpusText(["a", "b"])


def test_the_kept_prefix_dictionary_is_jiebas_own(tmp_path, monkeypatch):
    """The tokenizer's dictionary, read from our packed cache, is exactly the one jieba
    builds itself — first when the cache is written, then when it is read back."""
    import jieba

    from jiaoti.tokenizer import _prefix_dict

    monkeypatch.setenv("JIAOTI_CACHE_DIR", str(tmp_path / "cache"))
    reference = jieba.Tokenizer()
    reference.initialize()
    for _ in range(2):
        freq, total = _prefix_dict(jieba.Tokenizer())
        assert total == reference.total and freq == reference.FREQ
    assert list((tmp_path / "cache").glob("jieba-prefix-dict-*.marshal"))


def test_a_dialects_how_many_reads_as_duoshao():
    assert tx.normalize_question("读小学的娃一共有好多人？") == "读小学的娃一共有多少人?"
    assert tx.normalize_question("有几多个？") == "有多少个?"
    assert tx.normalize_question("好多学校都建好了吗？") == "好多学校都建好了吗?"
    assert tx.normalize_question("学校好多啊") == "学校好多啊"


def test_teachers_and_staff_together_are_the_staff():
    from jiaoti.text import normalize_question

    assert normalize_question("幼儿园里的老师和工作人员一共多少人？") == "幼儿园里的教职工一共多少人?"
    assert normalize_question("卓尼的老师加上学校职工一共有多少人？") == "卓尼的教职工一共有多少人?"
    assert normalize_question("老师和学生一共多少人") == "老师和学生一共多少人"


def test_cuts_are_kept_until_the_dictionary_changes():
    from jiaoti.lexicon import Lexicon

    phrase = "鹳雀楼杯绘画赛"
    before = tx.words(phrase)
    assert "鹳雀楼杯" not in before and tx.words(phrase) == before   # the same cut again
    try:
        Lexicon(home_places=["鹳雀楼杯"]).activate()
        assert "鹳雀楼杯" in tx.words(phrase)
    finally:
        Lexicon().activate()
    assert tx.words(phrase) == before


def test_a_deployment_cuts_alike_whatever_was_loaded_before_it():
    """Each lexicon's words replace the ones before: a second deployment in one process
    cuts its text as it does alone (the evaluation loads one deployment after another)."""
    from jiaoti.lexicon import Lexicon

    text, total = "鹳雀楼杯绘画赛和敦化学前三年毛入园率", tx.tokenizer().total
    alone = tx.words(text)
    try:
        Lexicon(home_places=["敦化"]).activate()
        own = tx.words(text)
        Lexicon(home_places=["鹳雀楼杯"]).activate()
        other = tx.words(text)
        assert "鹳雀楼杯" in other and "敦化" not in other and "敦化" in own
        Lexicon(home_places=["敦化"]).activate()
        assert tx.words(text) == own
    finally:
        Lexicon().activate()
    assert tx.words(text) == alone and tx.tokenizer().total == total
    assert tx.tokenizer().FREQ.get("鹳雀楼杯") is None


def test_ingest_cuts_with_the_general_dictionary_alone():
    """Within ``general_words`` a thread cuts without the deployment's words (a document's
    facts never depend on what was loaded before it); other threads keep them."""
    import threading

    from jiaoti.lexicon import Lexicon
    from jiaoti.tokenizer import general_words

    text = "敦化学前三年毛入园率"
    alone = tx.words(text)
    try:
        Lexicon(home_places=["敦化"]).activate()
        own = tx.words(text)
        seen = []
        with general_words():
            assert tx.words(text) == alone
            other = threading.Thread(target=lambda: seen.append(tx.words(text)))
            other.start()
            other.join()
        assert seen == [own] and tx.words(text) == own and own != alone
    finally:
        Lexicon().activate()


def test_what_names_nothing_to_look_for_is_blanked_in_place():
    from jiaoti.unsought import blank_unsought

    q = "乳山现在大大小小一共有多少所学校？"
    assert blank_unsought(q) == "乳山现在    一共有多少所学校？"
    assert blank_unsought("方方面面的投入2023年是多少，去年呢？") == "    的投入" + " " * 5 + "是多少，  呢？"
    assert blank_unsought("连幼儿园在内一共有多少所学校？") == " " * 6 + "一共有多少所学校？"
    for kept in ("看看有多少学校", "天天锻炼一小时的学生", "小学和初中", "含幼儿园几所"):
        assert blank_unsought(kept) == kept


def test_the_base_of_a_change_is_no_topic_and_the_year_before_is_last_year():
    from assistant.intent import resolve_years
    from jiaoti.unsought import blank_unsought

    assert blank_unsought("全盟教职工比上年增加了多少人？") == "全盟教职工" + " " * 3 + "增加了多少人？"
    assert blank_unsought("经费比前一年多了多少？") == "经费" + " " * 4 + "多了多少？"
    assert resolve_years("那前一年呢？", 2019) == {2018}
    assert resolve_years("2019年经费比前一年多了多少？", 2019) == {2019}   # the base, not asked
    assert resolve_years("学前一年入园率是多少？", 2019) == set()         # the year before school
    assert "学前一年" in blank_unsought("学前一年入园率是多少？")


def test_a_home_place_is_never_cut_across():
    from jiaoti.lexicon import Lexicon

    try:
        Lexicon(home_places=["敦化"]).activate()
        assert tx.words("敦化学前三年毛入园率是多少")[:2] == ["敦化", "学前"]     # not 敦|化学|前
    finally:
        Lexicon().activate()
