"""Figures in Chinese text: Arabic and Chinese numerals, 万/亿/千, 余/多, units, years,
and the canonical comparison form."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from jiaoti.text import GROUPED, SPACES, fold

_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10 ** 4, "亿": 10 ** 8}
CN_NUM_CHARS = "".join(_CN_DIGIT) + "".join(_CN_SMALL) + "".join(_CN_BIG)
# Measure words after which a Chinese numeral is a count ("三个重点", "八项行动", "五型队伍").
CLASSIFIERS = "个所名位人项次门本件套期类场届枚块条家批部篇种份年月日天周岁元型座台辆间只"
UNITS = sorted(["人次", "场次", "元", "人", "名", "所", "个", "项", "次", "门", "本", "件",
                "套", "期", "家", "金", "银", "铜", "类", "届", "枚", "年", "%", "位", "场",
                "批", "种", "份", "篇", "部", "条", "块", "型", "天", "月", "日"],
               key=len, reverse=True)
MULTIPLIERS = {"万": Decimal(10 ** 4), "亿": Decimal(10 ** 8), "千": Decimal(1000)}


def cn_to_int(s: str) -> int | None:
    """'二十三' → 23, '一千四百' → 1400, '二〇二三' → 2023, '两' → 2; None if not a numeral."""
    if not s or any(c not in CN_NUM_CHARS for c in s):
        return None
    if all(c in _CN_DIGIT for c in s) and len(s) > 1:      # digit by digit: 二〇二三
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in _CN_DIGIT:
            digit = _CN_DIGIT[c]
        elif c in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[c]
            digit = None
        else:  # 万 / 亿
            section += digit or 0
            total = (total + section) * _CN_BIG[c]
            section, digit = 0, None
    return total + section + (digit or 0)


_CN_START = "零〇○一二两三四五六七八九十"
_CN_COUNT = re.compile(
    rf"(?<![\d.{CN_NUM_CHARS}])([{_CN_START}][{CN_NUM_CHARS}]*)"
    rf"(?=大?[{CLASSIFIERS}]|[至到][{CN_NUM_CHARS}]+大?[{CLASSIFIERS}])")
LEVELS = "省市县区"     # before 一类/二类: a grade ('省二类幼儿园')
_CN_YEAR = re.compile(r"([零〇○一二三四五六七八九]{4})(?=年)")
_PERCENT_CN = re.compile(rf"百分之([{CN_NUM_CHARS}]+|\d+(?:\.\d+)?)")


def cn_numerals_to_arabic(text: str) -> str:
    """Chinese numerals that count something become Arabic figures: '三个重点' → '3个重点',
    '二〇二三年' → '2023年', '百分之十五' → '15%'. Other uses ('一是', '二十大') stay."""
    text = _CN_YEAR.sub(lambda m: str(cn_to_int(m.group(1))), text)
    text = _PERCENT_CN.sub(lambda m: f"{cn_to_int(m.group(1)) if not m.group(1)[0].isdigit() else m.group(1)}%", text)

    def repl(m: re.Match) -> str:
        value = cn_to_int(m.group(1))
        grade = m.string[m.end():m.end() + 1] == "类" and m.string[m.start() - 1:m.start()] in \
            LEVELS and m.start() > 0         # '省二类幼儿园44所': a grade, not 2 kinds
        named = m.string.startswith(_NAMED_SPAN, m.end()) or \
            re.fullmatch("十[一二三四五六七八九]五", m.group(1))  # '十二五期间': a plan's name
        return m.group(1) if value is None or grade or named else str(value)

    return _CN_COUNT.sub(repl, text)


_NAMED_SPAN = ("年一贯制", "年一貫制", "年制", "年义务教育", "年義務教育")


_UNIT_ALT = "|".join(re.escape(u) for u in UNITS)
FIGURE_RE = re.compile(
    rf"(?<!\d)(?<!(?<!%)\.)(\d+(?:\.\d+)?)(万|亿|千)?(余|多)?({_UNIT_ALT})?")   # '88.9%.77.6%'


@dataclass(frozen=True)
class Figure:
    """A number in a text: ``value`` in plain units (万/亿 expanded), with its unit."""

    start: int
    end: int
    value: Decimal
    unit: str
    approx: bool
    raw: str


def find_figures(text: str) -> list[Figure]:
    """Arabic figures of ``text`` (call on ``prepare_numbers`` output to include Chinese
    numerals and full-width digits)."""
    out = []
    for m in FIGURE_RE.finditer(text):
        try:
            value = Decimal(m.group(1))
        except InvalidOperation:  # pragma: no cover - regex guarantees digits
            continue
        if m.group(2):
            value *= MULTIPLIERS[m.group(2)]
        unit = m.group(4) or ""
        out.append(Figure(m.start(), m.end(), value, unit, bool(m.group(3)), m.group(0)))
    return out


_APPROX_FIRST = re.compile(r"(?<=\d)(余|多)(万|亿)")


def magnitude_first(text: str) -> str:
    """'1300余万元' → '1300万余元' (same length, so offsets hold): the magnitude belongs
    to the number, the 余 says it is approximate."""
    return _APPROX_FIRST.sub(lambda m: m.group(2) + m.group(1), text)


def prepare_numbers(text: str) -> str:
    """Fold widths and turn counting Chinese numerals into Arabic ones ('6.7 万人': the
    magnitude belongs to its figure across a space; '12 958人': one number)."""
    return magnitude_first(cn_numerals_to_arabic(_SPACED_MAGNITUDE.sub(
        r"\1", fold(join_grouped(text)))))


def join_grouped(text: str, pad: bool = False) -> str:
    """``text`` with the separators of numbers written in groups of three taken out;
    ``pad``: the same length, each number led by as many zeros as it lost separators
    (offsets hold: '12 958人' → '012958人')."""
    def joined(m: re.Match) -> str:
        digits = m.group(1) + re.sub(r"\D", "", m.group(2))
        return digits.rjust(len(m.group(0)), "0") if pad else digits

    return GROUPED.sub(joined, text) if any(c in text for c in ", \u00a0\u2009") else text


_SPACED_MAGNITUDE = re.compile(r"(\d)[ \t\u3000]+(?=[万亿])")


def figure_values(text: str) -> set[Decimal]:
    """Every figure value in ``text``, normalised (万/亿 expanded; Chinese numerals, full
    width)."""
    return {f.value.normalize() for f in find_figures(prepare_numbers(text))}


def _plain(d: Decimal) -> str:
    return format(d.normalize(), "f")


def canonical(text: str) -> str:
    """The comparison form used by the evaluation: widths folded, spaces removed, Chinese
    counting numerals → Arabic, 万/亿 expanded, 多 → 余 after a figure. So '0.73亿元' and
    '7300万元', '四所' and '4所', '40多项' and '40余项' compare equal."""
    text = SPACES.sub("", prepare_numbers(text))

    def repl(m: re.Match) -> str:
        value = Decimal(m.group(1))
        if m.group(2):
            value *= MULTIPLIERS[m.group(2)]
        return _plain(value) + ("余" if m.group(3) else "")

    return re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)(万|亿|千)?(余|多)?", repl, text)


YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\s*年)")
RELATIVE_YEARS = ("去年", "今年", "明年", "前年", "本年度", "上一年", "前一年", "上年")
# a relative year as a word: '学前一年' (the year before school) holds no 前一年
RELATIVE_YEAR = re.compile("(?<!学)(?:" + "|".join(sorted(RELATIVE_YEARS, key=len, reverse=True))
                           + ")")


# '比上年的387878万元减少19万元', '由去年的60%提升至70%': a figure said right after '比上年'
# or '去年的' is the year before's
PRIOR_FIGURE = re.compile(r"(?:[比较由从](?:上年|去年|上一年)(?:同期)?的?|(?:上年|去年)的)\s*(?=\d)")
_CHANGE_AFTER = re.compile(r"[,，]?\s*(?:减少|增加|增长|下降|提高|降低|增|减|多|少)了?\s*\d")


def states_change_after(clause: str, raw: str) -> bool:
    """Does ``clause`` state a change in the same unit right after the earlier figure ``raw``
    ('比上年111436.86万元减少1930.74万元'; not '较上年18.87亿元增长12%', nor '由去年的60%提升至
    70%', which says the two states)?"""
    at = clause.find(raw)
    if at < 0 or _CHANGE_AFTER.match(clause, at + len(raw)) is None:
        return False
    figs = find_figures(prepare_numbers(clause[at:]))
    return len(figs) >= 2 and figs[0].unit == figs[1].unit


def prior_years(text: str) -> set[int]:
    """The years before those ``text`` names, when it states a figure of the year before."""
    return {y - 1 for y in years_in(text)} if PRIOR_FIGURE.search(text) else set()


def years_in(text: str) -> set[int]:
    """Explicit years ('2023年', '二〇二三年') mentioned in ``text``."""
    return {int(y) for y in YEAR_RE.findall(prepare_numbers(text))}


_DATE_LINE = re.compile(r"[\W_]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[\W_]*")
# a document number cites another paper: '(教财【2016】6号)', '〔2023〕12号'
_DOC_NUMBER = re.compile(r"[【〔\[(（]\s*(?:19|20)\d{2}\s*[】〕\])）]\s*\d+\s*号")


def own_years(text: str) -> set[int]:
    """The years a text speaks of: not the date line it is signed with ('2023年12月15日'
    under the body) nor the year of a document it cites ('教财【2016】6号')."""
    return {y for line in prepare_numbers(text).splitlines()
            if not _DATE_LINE.fullmatch(line.strip()) for y in years_in(_DOC_NUMBER.sub("", line))}


_SCHOOL_YEAR = re.compile(r"((?:19|20)\d{2})\s*[-—–至~～]\s*((?:19|20)?\d{2})\s*(?:学年|年)")


def school_years(text: str) -> list[int]:
    """The school years ``text`` names ('2023-2024学年', '2024-2025年': two years in a row),
    each by the year it starts in, as education statistics name them ('2023-2024学年(以下简称
    为2023年)'); a longer span ('2021-2025年') is none."""
    return [year for _, _, year in school_year_spans(prepare_numbers(text))]


def school_year_spans(text: str, pos: int = 0, endpos: int | None = None
                      ) -> list[tuple[int, int, int]]:
    """(start, end, the year it starts in) of each school year in ``text`` (numbers
    prepared), between ``pos`` and ``endpos``."""
    out, endpos = [], len(text) if endpos is None else endpos
    for m in _SCHOOL_YEAR.finditer(text, pos, endpos):
        start, end = int(m.group(1)), int(m.group(2))
        if (end if end >= 100 else start // 100 * 100 + end) == start + 1:
            out.append((m.start(), m.end(), start))
    out += [(m.start(), m.end(), int(m.group(1))) for m in _ONE_SCHOOL_YEAR.finditer(text, pos, endpos)]
    return sorted(out)


_ONE_SCHOOL_YEAR = re.compile(r"(?<![\d\-—–至~～])((?:19|20)\d{2})\s*学年")   # '2023学年'


def heading_years(text: str) -> set[int]:
    """The years the headings of a path ('… › …') or a title name as their subject: a line
    that is only a date is not one ('(2024年6月)' under a 2023 bulletin's title is when it
    was published; '2024年4月-6月…进展情况' is about 2024). A heading may name its year
    without 年 ('01回顾2019,正确认识…', '展望2020:'), never a count ('新增2000个学位')."""
    return {y for part in text.split(" › ")
            if not _DATE_LINE.fullmatch(prepare_numbers(part).strip())
            for y in years_in(part) | _bare_years(part)}


# a bare year in a heading: after a word, before a stop or the heading's end
_BARE_YEAR = re.compile(r"(?<=[\u4e00-\u9fff\s])(?<!第)((?:19[89]|20[0-6])\d)(?=\s*(?:[,，、:：;；!！]|$))")


def _bare_years(heading: str) -> set[int]:
    return {int(y) for y in _BARE_YEAR.findall(prepare_numbers(heading).strip())}

# ---------------------------------------------------------------- table headers and cells
# The measure word that counts a noun, by the noun's last character: "班数" counts 班 in
# 个 ("12个班"), "学生数" counts people (人). General Chinese, not one corpus's words.
NOUN_CLASSIFIERS = {"人": "人", "生": "人", "师": "人", "员": "人", "童": "人", "班": "个",
                    "校": "所", "园": "所", "所": "所", "次": "次", "项": "项", "间": "间",
                    "室": "间", "场": "场", "届": "届", "家": "家", "批": "批", "本": "本",
                    "台": "台", "套": "套", "件": "件", "名": "名", "个": "个", "册": "册",
                    "工": "人"}                 # 教职工数 counts people
_HEADER_UNIT = re.compile(r"^(.*?)\s*[（(]\s*(?:单位\s*[:：]\s*)?([^（）()]{1,8}?)\s*[)）]\s*$")
_UNIT_WORD = re.compile(rf"^(?:[万亿千]?(?:{_UNIT_ALT}|间|平方米|米|吨|台|册|套|人次)|%|‰)")


@dataclass(frozen=True)
class Header:
    """A table column header read for its figures: "招生人数（人）" → name 招生人数, unit 人,
    counting 人; "班数" → name 班数, unit 个, counting 班; "金额（万元）" → unit 万元."""

    text: str      # as written
    name: str      # without the unit in brackets
    unit: str      # unit as the header gives it (may carry 万/亿), or the measure word of the noun
    noun: str      # what the column counts ("人", "班"), "" if the header does not say


def read_header(header: str, default_unit: str = "") -> Header:
    """The name, unit and counted noun of a column header (``default_unit`` is the table's
    "单位：万元" when the header names none)."""
    text = SPACES.sub("", fold(header or ""))
    name, unit = text, ""
    m = _HEADER_UNIT.match(text)
    if m and _UNIT_WORD.match(m.group(2)):
        name, unit = m.group(1), m.group(2)
    noun = ""
    if name.endswith("数") and len(name) >= 2:
        noun = "人次" if name.endswith("人次数") else name[-2]
    elif name.endswith("人次"):
        noun = "人次"
    noun = noun if noun[-1:] in NOUN_CLASSIFIERS or noun == "人次" else ""
    unit = unit or default_unit or ("人次" if noun == "人次" else NOUN_CLASSIFIERS.get(noun[-1:], ""))
    return Header(header, name, unit, noun)


_CELL_NUMBER = re.compile(r"^([-−–]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(.*)$")


def cell_figure(cell: str, unit: str = "") -> Figure | None:
    """The figure of a table cell that holds one number ("450", "1,234", "98.5%", "12万",
    "450人"), counted in ``unit`` when the cell names none; None for text, dates, codes."""
    text = SPACES.sub("", prepare_numbers(cell or ""))
    m = _CELL_NUMBER.match(text)
    if not m or (m.group(3) and not _UNIT_WORD.fullmatch(m.group(3))):
        return None
    number = m.group(2).replace(",", "")
    figs = find_figures(number + (m.group(3) or unit))
    if not figs or figs[0].start != 0:
        return None
    fig = figs[0]
    value = -fig.value if m.group(1) else fig.value
    return Figure(0, len(cell), value, fig.unit or (m.group(3) or unit), fig.approx, cell)


def plain(value: Decimal) -> str:
    """A decimal as a plain string without exponent or trailing zeros ("23000", "98.5")."""
    return _plain(value)


_PERIODS = (("cumulative", ("累计", "截至", "截止")), ("target", ("目标",)),
            ("plan", ("计划", "拟", "预计", "预算", "规划")))


def period_of(text: str) -> str:
    """'plan', 'target' or 'cumulative' when ``text`` (a table title or column header) says
    so ("2025年招生计划"), else 'actual'."""
    for period, cues in _PERIODS:
        if any(c in text for c in cues):
            return period
    return "actual"
