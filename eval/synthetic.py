"""A synthetic corpus in the bureau's style for the scale benchmark: short notices
(enrolment, events, policies, facilities, training) of 300–800 characters, each with its
own figures on other topics — look-alike distractors for the report's questions."""

from __future__ import annotations

import random
from pathlib import Path

DISTRICTS = ["淇滨区", "山城区", "鹤山区", "浚县", "淇县", "鹤壁经济技术开发区", "城乡一体化示范区"]
SCHOOLS = ["第一中学", "第二中学", "实验小学", "外国语中学", "育才小学", "朝阳中学", "新区小学",
           "职业技术学校", "特殊教育学校", "第三幼儿园", "春雷小学", "湘江中学"]
EVENTS = ["中小学生田径运动会", "青少年篮球联赛", "校园足球联赛", "中学生合唱比赛", "青少年游泳锦标赛",
          "乒乓球邀请赛", "中小学生书法大赛", "科技创新大赛", "青少年围棋比赛", "全民健身徒步大会"]
TOPICS = ["课后延时服务", "校园食品安全", "校车安全管理", "学生近视防控", "心理健康教育", "劳动教育",
          "阅读推广", "控辍保学", "营养改善计划", "校园欺凌防治", "防溺水安全教育", "实验教学"]
MONTHS = list(range(1, 13))


def _notice_enrolment(r: random.Random, year: int) -> str:
    school = f"{r.choice(DISTRICTS)}{r.choice(SCHOOLS)}"
    n, c = r.randint(120, 980), r.randint(3, 24)
    return (f"{school}{year}年秋季招生公告\n\n"
            f"根据市教育体育局招生工作安排,{school}{year}年秋季计划招收一年级新生{n}人,共设{c}个教学班,"
            f"每班不超过{r.randint(40, 55)}人。报名时间为{year}年{r.randint(6, 8)}月{r.randint(1, 28)}日至"
            f"{r.randint(1, 28)}日,报名地点设在学校{r.choice(['东门', '西门', '行政楼', '报告厅'])}。\n\n"
            f"招生范围按照学区划分执行,适龄儿童须由监护人持户口簿、房产证明等材料现场登记。"
            f"学校将严格落实免试就近入学政策,不得以任何形式组织考试选拔学生。\n\n"
            f"{school}现有在校生{r.randint(800, 3200)}人,专任教师{r.randint(50, 220)}名,"
            f"校园占地面积{r.randint(20, 120)}亩。咨询电话请见学校官方网站。")


def _notice_event(r: random.Random, year: int) -> str:
    event = r.choice(EVENTS)
    teams, people = r.randint(8, 60), r.randint(200, 2600)
    return (f"关于举办{year}年全市{event}的通知\n\n"
            f"各县区教育体育部门、市直各学校:为丰富青少年课余生活,经研究,定于{year}年{r.choice(MONTHS)}月"
            f"在{r.choice(DISTRICTS)}体育中心举办{year}年全市{event}。\n\n"
            f"本次比赛共设{r.randint(6, 40)}个比赛项目,预计{teams}支代表队、{people}名运动员参赛。"
            f"比赛设一等奖{r.randint(3, 12)}个、二等奖{r.randint(5, 20)}个、三等奖{r.randint(8, 30)}个,"
            f"另设体育道德风尚奖{r.randint(2, 8)}个。\n\n"
            f"请各单位于比赛开始前{r.randint(5, 15)}日报送参赛名单,并为参赛学生购买意外伤害保险。"
            f"比赛期间各单位要落实安全责任,确保赛事平稳有序。")


def _notice_policy(r: random.Random, year: int) -> str:
    topic = r.choice(TOPICS)
    return (f"市教育体育局关于加强{topic}工作的通知\n\n"
            f"为深入推进{topic}工作,现就有关事项通知如下。\n\n"
            f"一是明确目标。到{year}年底,全市{r.randint(60, 98)}%以上的中小学校建立{topic}工作台账,"
            f"培育{r.randint(5, 30)}所{topic}示范学校。\n\n"
            f"二是加强保障。各县区要安排专项经费,{year}年计划投入{r.randint(50, 900)}万元,"
            f"配备专兼职人员{r.randint(30, 400)}名。\n\n"
            f"三是强化督导。市教育体育局将组织{r.randint(2, 9)}个督导组开展专项检查,"
            f"检查结果纳入年度考核。")


def _notice_facility(r: random.Random, year: int) -> str:
    school = f"{r.choice(DISTRICTS)}{r.choice(SCHOOLS)}"
    return (f"{school}改扩建工程进展情况\n\n"
            f"{year}年,{school}改扩建工程完成投资{r.randint(800, 9000)}万元,新建教学楼{r.randint(1, 3)}栋、"
            f"塑胶跑道{r.randint(200, 400)}米,新增图书{r.randint(5000, 60000)}册。\n\n"
            f"工程建成后可新增学位{r.randint(300, 1800)}个,学校办学条件将得到明显改善。"
            f"目前主体工程已完成{r.randint(40, 95)}%,预计{r.choice(MONTHS)}月交付使用。")


def _notice_training(r: random.Random, year: int) -> str:
    topic = r.choice(["班主任", "心理健康教师", "体育教师", "信息技术教师", "新任校长", "幼儿园园长"])
    return (f"{year}年全市{topic}培训班开班\n\n"
            f"{year}年{r.choice(MONTHS)}月,全市{topic}培训班在市教师发展中心开班,"
            f"共有{r.randint(60, 480)}名{topic}参加培训,培训为期{r.randint(2, 10)}天,"
            f"开设专题讲座{r.randint(6, 24)}场、现场观摩{r.randint(2, 8)}次。\n\n"
            f"培训结束后将进行考核,合格者颁发结业证书,培训学时计入继续教育学分。")


KINDS = [_notice_enrolment, _notice_event, _notice_policy, _notice_facility, _notice_training]

_MORE = [
    lambda r, y: (f"各学校要高度重视此项工作,明确{r.randint(1, 3)}名分管领导和{r.randint(1, 4)}名联络员,"
                  f"于{y}年{r.choice(MONTHS)}月{r.randint(1, 28)}日前将工作方案报市教育体育局相关科室。"),
    lambda r, y: (f"市教育体育局将适时对各地工作开展情况进行督导检查,检查结果作为年度目标考核的重要依据,"
                  f"占考核总分的{r.randint(3, 15)}%。"),
    lambda r, y: (f"活动期间,共组织志愿者{r.randint(20, 600)}名,设置服务点{r.randint(3, 40)}个,"
                  f"发放宣传资料{r.randint(500, 20000)}份。"),
    lambda r, y: (f"据统计,上一学年该项工作覆盖学校{r.randint(10, 160)}所,惠及学生{r.randint(2000, 90000)}人次,"
                  f"家长满意度达到{r.randint(85, 99)}%。"),
    lambda r, y: (f"各县区要加强经费保障,按照每生每年{r.randint(20, 300)}元的标准落实相关经费,专款专用,"
                  f"不得挤占挪用。"),
    lambda r, y: (f"{y}年以来,相关学校累计开展专题活动{r.randint(10, 300)}场次,形成典型案例{r.randint(3, 30)}个,"
                  f"在全市范围内推广。"),
    lambda r, y: "如有疑问,请与市教育体育局相关科室联系,联系方式见市教育体育局官方网站。",
]


def _pad(r: random.Random, text: str, year: int) -> str:
    """Add paragraphs until the notice is 300–800 characters long."""
    target = r.randint(320, 760)
    pool = list(_MORE)
    r.shuffle(pool)
    for make in pool:
        if len(text) >= target:
            break
        para = make(r, year)
        if len(text) + len(para) + 2 > 800:
            continue
        text += "\n\n" + para
    return text


def generate(n: int, folder: Path, seed: int = 2024, start: int = 0) -> list[Path]:
    """Write documents ``start`` .. ``start + n - 1`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        r = random.Random(seed * 100_003 + i)
        year = r.choice([2023, 2024])
        text = _pad(r, r.choice(KINDS)(r, year), year)
        path = folder / f"notice-{i:04d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        out.append(path)
    return out
