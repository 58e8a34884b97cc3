"""People's names in text: a '谁' question is answered only by words that name someone."""

from __future__ import annotations

import re

from jiaoti.text import tokenizer

# common surnames (general Chinese), and the titles a report puts next to a person's name
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
             "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
             "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
             "关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍"
             "华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
             "柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝疏")
_TITLES = ("副?(?:书记|局长|校长|主任|老师|同志|科长|院长|园长|主席|处长|部长|县长|市长|区长|委员|教授|"
           "组长|馆长|所长)")
_NAME_BEFORE_TITLE = re.compile(rf"([{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?){_TITLES}")
# ('局长陈伟平介绍': a name before the verb of what the person said or did)
_NAME_AFTER_TITLE = re.compile(rf"{_TITLES}([{_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?![\u4e00-\u9fff])|"
                               rf"{_TITLES}([{_SURNAMES}][\u4e00-\u9fff]{{1,2}})"
                               r"(?=介绍|表示|指出|强调|讲话|主持|出席|汇报|说)")
_NAME_IN_CELL = re.compile(rf"(?:^|[|｜])\s*([{_SURNAMES}][\u4e00-\u9fff]{{1,2}})\s*(?=[|｜])")


def person_names(text: str) -> list[str]:
    """People's names in ``text``: a surname and one or two characters before a title
    ('首先请姜小博副书记' → 姜小博), after one at the end of a phrase ('校长张伟'), or alone
    in a table cell ('| 牛拓 |'); an ordinary
    word is never a name ('高中校长', '全市校长')."""
    freq = tokenizer().FREQ
    found = [m.group(1) for m in _NAME_BEFORE_TITLE.finditer(text)]
    found += [m.group(1) or m.group(2) for m in _NAME_AFTER_TITLE.finditer(text)]
    found += [m.group(1) for m in _NAME_IN_CELL.finditer(text)]
    return [w for w in dict.fromkeys(found) if freq.get(w, 0) < 50]
