<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. A copy is at %2.</source>
        <translation>本机没有能打开 %1 的程序。副本位于 %2。</translation>
    </message>
</context>
<context>
    <name>cd::ActivityService</name>
    <message>
        <source>The date of the activity is missing or not a date.</source>
        <translation>活动日期缺失或不是有效日期。</translation>
    </message>
    <message>
        <source>An activity needs its kind, such as 技能测试 or 座谈会.</source>
        <translation>请填写活动类型，如技能测试、座谈会。</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>参加人数不能为负数。</translation>
    </message>
    <message>
        <source>The attachment %1 was not stored first.</source>
        <translation>附件 %1 尚未保存到附件文件夹。</translation>
    </message>
</context>
<context>
    <name>cd::ApplicationDraft</name>
    <message>
        <source>(For the unit to write: %1)</source>
        <translation>（请单位补充：%1）</translation>
    </message>
    <message>
        <source>%1: application for the “Civilized Window” title</source>
        <translation>%1“文明窗口”申报材料</translation>
    </message>
    <message>
        <source>(%1 round; draft: the figures are taken from the unit&apos;s records, the text is the unit&apos;s to write)</source>
        <translation>（%1年度；草稿：数字取自本单位记录，文字由单位补充）</translation>
    </message>
    <message>
        <source>1. Leadership and organisation</source>
        <translation>一、组织领导</translation>
    </message>
    <message>
        <source>On %1 the unit completed: %2.</source>
        <translation>%1，完成“%2”。</translation>
    </message>
    <message>
        <source>Not yet recorded: %1.</source>
        <translation>尚无记录：%1。</translation>
    </message>
    <message>
        <source>the leading group&apos;s members and duties, and how the work is planned and checked</source>
        <translation>领导小组的组成和分工，创建工作的规划、部署和检查考核</translation>
    </message>
    <message>
        <source>No such activity is recorded in the %1 round.</source>
        <translation>%1年度尚无此类活动记录。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>2. Publicity and education</source>
        <translation>二、宣传教育</translation>
    </message>
    <message>
        <source>what was studied and taught, and how the public was told</source>
        <translation>学习教育的内容和形式，对外宣传的做法</translation>
    </message>
    <message>
        <source>3. Creation activities</source>
        <translation>三、创建活动</translation>
    </message>
    <message>
        <source>the activities that stood out and what they achieved</source>
        <translation>有特色的活动及其效果</translation>
    </message>
    <message>
        <source>4. Results</source>
        <translation>四、创建成效</translation>
    </message>
    <message>
        <source>Satisfaction surveys: %1 questionnaires issued, %2 returned; satisfaction %3%.</source>
        <translation>满意度测评：发放问卷 %1 份，收回 %2 份，满意率 %3%。</translation>
    </message>
    <message>
        <source>No satisfaction survey is recorded in the %1 round.</source>
        <translation>%1年度尚无满意度测评记录。</translation>
    </message>
    <message>
        <source>%1: total %2 points, rank %3 of %4 units appraised.</source>
        <translation>%1：总分 %2 分，在 %4 个参评单位中排第 %3 名。</translation>
    </message>
    <message>
        <source>%1: total %2 points.</source>
        <translation>%1：总分 %2 分。</translation>
    </message>
    <message>
        <source>Rectification: %1 of %2 findings closed (%3).</source>
        <translation>整改：%2 项问题已整改完成 %1 项（%3）。</translation>
    </message>
    <message>
        <source>the service figures of the year, such as cases handled and rates reached</source>
        <translation>全年业务数据，如办理件数和各项达标率</translation>
    </message>
    <message>
        <source>5. The image of the trade</source>
        <translation>五、行业形象</translation>
    </message>
    <message>
        <source>In %1 the unit had no safety-liability accident and no petition to Beijing, bypassing levels or in a group.</source>
        <translation>%1年全年无安全责任事故，无进京访、越级访和群体访。</translation>
    </message>
    <message>
        <source>Veto event: %1 on %2.</source>
        <translation>一票否决事项：%2 %1。</translation>
    </message>
    <message>
        <source>Named a “Civilized Window” on %1 (%2).</source>
        <translation>%1被命名为“文明窗口”（%2）。</translation>
    </message>
    <message>
        <source>Title retained on review on %1 (%2).</source>
        <translation>%1复查保留称号（%2）。</translation>
    </message>
    <message>
        <source>Title revoked on %1 (%2).</source>
        <translation>%1撤销称号（%2）。</translation>
    </message>
    <message>
        <source>Demonstration point at %1 level in %2.</source>
        <translation>%2年度%1级示范点。</translation>
    </message>
    <message>
        <source>other honours, and how the unit serves the public</source>
        <translation>获得的其他荣誉，服务群众的做法</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
</context>
<context>
    <name>cd::AppraisalPage</name>
    <message>
        <source>Provincial assessment</source>
        <translation>省级考核</translation>
    </message>
    <message>
        <source>Local appraisal</source>
        <translation>本级评比</translation>
    </message>
    <message>
        <source>Only units this assessor has scored</source>
        <translation>只显示该评分人已评单位</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>考核评比</translation>
    </message>
    <message>
        <source>Indicator system</source>
        <translation>测评体系</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Score entry</source>
        <translation>评分录入</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>评比结果</translation>
    </message>
    <message>
        <source>Area / indicator</source>
        <translation>方面 / 指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Pass line (points):</source>
        <translation>合格线（分）：</translation>
    </message>
    <message>
        <source>Satisfaction minimum:</source>
        <translation>最低满意率：</translation>
    </message>
    <message>
        <source>Trim highest and lowest from this many assessors:</source>
        <translation>评分人达到此数时去掉一个最高分和一个最低分：</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>新增指标(&amp;I)</translation>
    </message>
    <message>
        <source>Add a&amp;rea</source>
        <translation>新增方面(&amp;R)</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>新方面</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save the indicator system</source>
        <translation>保存测评体系(&amp;S)</translation>
    </message>
    <message>
        <source>Version %1 of the %2 indicator system.</source>
        <translation>%2 年届测评体系第 %1 版。</translation>
    </message>
    <message>
        <source>Reason for this version: %1</source>
        <translation>本版理由：%1</translation>
    </message>
    <message>
        <source>Frozen: scores were given under it. Saving makes a new version and asks for the reason.</source>
        <translation>已冻结：已有按此版给出的评分。保存时将生成新版本，并要求填写理由。</translation>
    </message>
    <message>
        <source>No score yet: changes are saved into this version.</source>
        <translation>尚无评分：修改直接保存在本版中。</translation>
    </message>
    <message>
        <source>subtotal %1</source>
        <translation>小计 %1</translation>
    </message>
    <message>
        <source>Total %1 points (%2)</source>
        <translation>合计 %1 分（%2）</translation>
    </message>
    <message>
        <source>Red: points must be a number above 0.</source>
        <translation>红色：分值必须是大于 0 的数。</translation>
    </message>
    <message>
        <source>New version of the indicator system</source>
        <translation>测评体系新版本</translation>
    </message>
    <message>
        <source>Scores were already given under this indicator system, so the change becomes a new version; the old scores keep theirs. Why is it changed?</source>
        <translation>已有按此测评体系给出的评分，修改将成为新版本，原有评分仍归属旧版本。请说明修改理由：</translation>
    </message>
    <message>
        <source>Save the indicator system</source>
        <translation>保存测评体系</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属单位或地区</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>&amp;Add assessor...</source>
        <translation>新增评分人(&amp;A)...</translation>
    </message>
    <message>
        <source>An assessor never scores the unit they belong to.</source>
        <translation>评分人不得为本单位评分。</translation>
    </message>
    <message>
        <source>Add an assessor</source>
        <translation>新增评分人</translation>
    </message>
    <message>
        <source>The unit the assessor works in, if any</source>
        <translation>评分人所在单位（如有）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Or bureau of region:</source>
        <translation>或所属地区民政局：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Remove the assessor</source>
        <translation>删除评分人</translation>
    </message>
    <message>
        <source>Find a unit by name or number</source>
        <translation>按名称或编号查找单位</translation>
    </message>
    <message>
        <source>Assessor:</source>
        <translation>评分人：</translation>
    </message>
    <message>
        <source>Type a score to start, Enter to save and go down, Tab to go right, Delete to clear; Ctrl+Z undoes cell by cell.</source>
        <translation>直接输入分数；回车保存并下移，Tab 右移，Delete 清除；Ctrl+Z 逐格撤销。</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>重新计算(&amp;C)</translation>
    </message>
    <message>
        <source>Appraisal &amp;forms...</source>
        <translation>考核评分表(&amp;F)...</translation>
    </message>
    <message>
        <source>%1年考核评分表.pdf</source>
        <translation>%1年考核评分表.pdf</translation>
    </message>
    <message>
        <source>Appraisal forms</source>
        <translation>考核评分表</translation>
    </message>
    <message>
        <source>&amp;Summary...</source>
        <translation>评比情况汇总(&amp;S)...</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>评比情况汇总</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>推荐位次</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Pick a unit to see how its total was made, down to every assessor&apos;s score.</source>
        <translation>选择一个单位，查看其总分的来历，直至每位评分人的原始评分。</translation>
    </message>
    <message>
        <source>no survey</source>
        <translation>无测评记录</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>%1 (unit %2), %3, %4 round: total %5 = the sum of the indicator scores below.</source>
        <translation>%1（单位编号 %2），%3，%4 年届：总分 %5 = 以下各指标得分之和。</translation>
    </message>
    <message>
        <source>%1: subtotal %2</source>
        <translation>%1：小计 %2</translation>
    </message>
    <message>
        <source>dropped highest and lowest %1</source>
        <translation>去掉最高分和最低分 %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>不符合条件：</translation>
    </message>
    <message>
        <source>%1 appraisal results (%2)</source>
        <translation>%1 年届评比结果（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Unsaved indicator system</source>
        <translation>测评体系尚未保存</translation>
    </message>
    <message>
        <source>The %1 indicator system has changes that are not saved. Save them?</source>
        <translation>%1 年届测评体系有尚未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Score &amp;ledger...</source>
        <translation>计分说明(&amp;L)…</translation>
    </message>
    <message>
        <source>Every total traced to each assessor&apos;s score, with the fingerprint of the inputs on every page</source>
        <translation>每个总分追溯到每位评分人的评分，每页印有输入数据指纹</translation>
    </message>
    <message>
        <source>%1年计分说明.pdf</source>
        <translation>%1年计分说明.pdf</translation>
    </message>
    <message>
        <source>Score ledger</source>
        <translation>计分说明</translation>
    </message>
    <message>
        <source>Computing the results...</source>
        <translation>正在计算评比结果…</translation>
    </message>
    <message>
        <source>Reading the scores...</source>
        <translation>正在读取评分…</translation>
    </message>
</context>
<context>
    <name>cd::AppraisalReports</name>
    <message>
        <source>%1 “Civilized Window” appraisal form</source>
        <translation>%1年“文明窗口”考核评分表</translation>
    </message>
    <message>
        <source>%1 (%2 %3, %4)</source>
        <translation>%1（%2%3，%4）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>考核内容</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>With %1 assessors, each indicator&apos;s highest and lowest score are dropped before the mean.</source>
        <translation>评分人 %1 名：各指标去掉一个最高分和一个最低分后取平均分。</translation>
    </message>
    <message>
        <source>no veto event in the window</source>
        <translation>考核期内无一票否决事项</translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation>服务对象满意率：%1</translation>
    </message>
    <message>
        <source>no survey</source>
        <translation>无测评记录</translation>
    </message>
    <message>
        <source>Total: %1 (pass line %2)</source>
        <translation>总分：%1（合格线 %2）</translation>
    </message>
    <message>
        <source>Conclusion: eligible, rank %1.</source>
        <translation>考核结论：符合条件，排名第 %1 位。</translation>
    </message>
    <message>
        <source>Conclusion: not eligible — %1</source>
        <translation>考核结论：不符合条件——%1</translation>
    </message>
    <message>
        <source>Assessors (signatures): ____________________________</source>
        <translation>考核组成员（签字）：____________________________</translation>
    </message>
    <message>
        <source>Head of the assessment group (signature): ______________    Date: ____________</source>
        <translation>考核组组长（签字）：______________    日期：____________</translation>
    </message>
    <message>
        <source>Unit %1 was not appraised in the %2 round.</source>
        <translation>单位 %1 未参加 %2 年届考核评比。</translation>
    </message>
    <message>
        <source>No unit was appraised in the %1 round.</source>
        <translation>%1年届尚无单位参加考核评比。</translation>
    </message>
    <message>
        <source>%1 “Civilized Window” appraisal summary</source>
        <translation>%1年“文明窗口”评比情况汇总</translation>
    </message>
    <message>
        <source>(%1 units appraised, %2 eligible)</source>
        <translation>（参评单位 %1 个，符合条件 %2 个）</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>参评数</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>1. By city (prefecture)</source>
        <translation>一、按市（州）统计</translation>
    </message>
    <message>
        <source>City (prefecture)</source>
        <translation>市（州）</translation>
    </message>
    <message>
        <source>2. By category</source>
        <translation>二、按单位类别统计</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别分组</translation>
    </message>
    <message>
        <source>3. Distribution of totals</source>
        <translation>三、得分分布</translation>
    </message>
    <message>
        <source>Units by total score</source>
        <translation>各分数段单位数</translation>
    </message>
    <message>
        <source>below 60</source>
        <translation>60以下</translation>
    </message>
    <message>
        <source>4. Ranking of the eligible units</source>
        <translation>四、符合条件单位排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>推荐位次</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>County (district)</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Veto check (Implementation Plan §4(4)): %1</source>
        <translation>一票否决核查（依据《实施方案》四（四））：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 “Civilized Window” score ledger</source>
        <translation>%1年度“文明窗口”考核计分说明</translation>
    </message>
    <message>
        <source>(%1, %2 units; every total traced to each assessor&apos;s score)</source>
        <translation>（%1，共 %2 个单位；每个总分追溯到每位评分人的评分）</translation>
    </message>
    <message>
        <source>Input fingerprint (SHA-256 of the scores and the indicator system): %1</source>
        <translation>输入数据指纹（评分与指标体系的 SHA-256）：%1</translation>
    </message>
    <message>
        <source>How the totals were made</source>
        <translation>计分方法</translation>
    </message>
    <message>
        <source>Indicator system of the %1 round, version %2: %3 indicators, %4 points in all; pass line %5; minimum satisfaction %6%.</source>
        <translation>%1年度指标体系第 %2 版：共 %3 项指标，满分 %4 分；合格线 %5 分；满意率不低于 %6%。</translation>
    </message>
    <message>
        <source>An indicator&apos;s score is the mean of the assessors&apos; scores; from %1 assessors on, one highest and one lowest are dropped first.</source>
        <translation>每项指标得分为各评分人评分的平均值；评分人达到 %1 人时，先去掉一个最高分和一个最低分。</translation>
    </message>
    <message>
        <source>An indicator&apos;s score is the mean of the assessors&apos; scores; nothing is dropped.</source>
        <translation>每项指标得分为各评分人评分的平均值，不去掉最高分和最低分。</translation>
    </message>
    <message>
        <source>Equal totals are ordered by the %1 subtotal, then by satisfaction, then by unit code.</source>
        <translation>总分相同时，依次按%1小计、满意率、单位代码排序。</translation>
    </message>
    <message>
        <source>An assessor from the unit itself does not score it (conflict rule).</source>
        <translation>评分人不评本单位（回避规则）。</translation>
    </message>
    <message>
        <source>The fingerprint at the head of every page is computed from the indicator system and every score counted; computed again from the same data it is the same, and any changed score changes it.</source>
        <translation>每页页眉的指纹由指标体系和计入的全部评分算出：同样的数据再算一次，指纹相同；任何一项评分改动，指纹随之改变。</translation>
    </message>
    <message>
        <source>No. %1  %2 (%3): total %4</source>
        <translation>第 %1 名&#x3000;%2（%3）：总分 %4</translation>
    </message>
    <message>
        <source>Not ranked  %1 (%2): total %3</source>
        <translation>不参加排名&#x3000;%1（%2）：总分 %3</translation>
    </message>
    <message>
        <source>Each assessor&apos;s score</source>
        <translation>各评分人评分</translation>
    </message>
    <message>
        <source>Dropped (lowest, highest)</source>
        <translation>去掉的最低分、最高分</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 subtotal %2; satisfaction %3; unit code %4.</source>
        <translation>%1小计 %2；满意率 %3；单位代码 %4。</translation>
    </message>
    <message>
        <source>none (unit no. %1)</source>
        <translation>无（单位编号 %1）</translation>
    </message>
    <message>
        <source>the higher %1 subtotal</source>
        <translation>%1小计较高</translation>
    </message>
    <message>
        <source>the higher satisfaction</source>
        <translation>满意率较高</translation>
    </message>
    <message>
        <source>the lower unit code</source>
        <translation>单位代码在前</translation>
    </message>
    <message>
        <source>the lower unit number</source>
        <translation>单位编号在前</translation>
    </message>
    <message>
        <source>Tie: same total as %1 (no. %2); placed before it by %3.</source>
        <translation>并列：与%1（第 %2 名）总分相同，因%3排在其前。</translation>
    </message>
    <message>
        <source>Tie: same total as %1 (no. %2); placed after it by %3.</source>
        <translation>并列：与%1（第 %2 名）总分相同，因其%3排在其后。</translation>
    </message>
    <message>
        <source>Assessor %1 belongs to this unit and did not score it (conflict rule).</source>
        <translation>评分人%1属本单位，按回避规则未评本单位。</translation>
    </message>
</context>
<context>
    <name>cd::AppraisalService</name>
    <message>
        <source>The %1 round has no indicator system yet.</source>
        <translation>%1年届还没有测评体系。</translation>
    </message>
</context>
<context>
    <name>cd::AssessorService</name>
    <message>
        <source>An assessor needs a name.</source>
        <translation>评分人必须有姓名。</translation>
    </message>
    <message>
        <source>The stage is local or province, not &quot;%1&quot;.</source>
        <translation>评比阶段只能是 local（本级）或 province（省级），不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>cd::AttachmentList</name>
    <message>
        <source>Add files...</source>
        <translation>添加文件...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>（文件缺失）</translation>
    </message>
</context>
<context>
    <name>cd::AttachmentStore</name>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation>%1 不是可以作为附件的文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the attachment folder %1.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2 (is the disk full?). Nothing was attached.</source>
        <translation>无法把 %1 复制到 %2（磁盘是否已满？）。未添加任何附件。</translation>
    </message>
    <message>
        <source>The copy of %1 in %2 does not match the original (is the disk full?). Nothing was attached.</source>
        <translation>%2 中 %1 的副本与原文件不一致（磁盘是否已满？）。未添加任何附件。</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The attached file %1 is missing: it should be at %2. Restore the folder %3 from a backup, or attach the file again.</source>
        <translation>附件 %1 已缺失：它应位于 %2。请从备份恢复文件夹 %3，或重新添加该附件。</translation>
    </message>
    <message>
        <source>The attached file %1 at %2 has been changed or damaged since it was attached.</source>
        <translation>位于 %2 的附件 %1 在添加后已被改动或损坏。</translation>
    </message>
    <message>
        <source>Cannot copy the attached file %1 to %2 to open it.</source>
        <translation>无法把附件 %1 复制到 %2 以便打开。</translation>
    </message>
    <message>
        <source>The attached file %1 no longer matches its hash; it was not copied.</source>
        <translation>附件 %1 与其校验值不符，未复制。</translation>
    </message>
    <message>
        <source>Cannot read the stored copy of %1.</source>
        <translation>无法读取 %1 的存储副本。</translation>
    </message>
</context>
<context>
    <name>cd::Audit</name>
    <message>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>naming</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>review</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>推荐名额</translation>
    </message>
    <message>
        <source>indicator system</source>
        <translation>测评体系</translation>
    </message>
    <message>
        <source>score changed after the naming</source>
        <translation>命名后修改评分</translation>
    </message>
    <message>
        <source>holds the title</source>
        <translation>持有称号</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>edited before scoring</source>
        <translation>评分前修改</translation>
    </message>
    <message>
        <source>assessor %1, indicator %2, %3</source>
        <translation>评分人 %1，指标 %2，%3</translation>
    </message>
    <message>
        <source>version %1, %2 indicators</source>
        <translation>第 %1 版，%2 项指标</translation>
    </message>
    <message>
        <source>%1 indicators, total %2</source>
        <translation>%1 项指标，总分 %2</translation>
    </message>
    <message>
        <source>new version: %1</source>
        <translation>新版本：%1</translation>
    </message>
    <message>
        <source>version %1 withdrawn</source>
        <translation>撤回第 %1 版</translation>
    </message>
    <message>
        <source>%1, withdrawn</source>
        <translation>%1，已撤回</translation>
    </message>
    <message>
        <source>place %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <source>the version from the package</source>
        <translation>采用数据包中的版本</translation>
    </message>
    <message>
        <source>this file&apos;s version kept</source>
        <translation>保留本文件的版本</translation>
    </message>
    <message>
        <source>exchange conflict decided</source>
        <translation>处理交换冲突</translation>
    </message>
</context>
<context>
    <name>cd::CalendarPage</name>
    <message>
        <source>Campaign calendar</source>
        <translation>创建日历</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>届次：</translation>
    </message>
    <message>
        <source>Today, %1, is in the %2 round, phase %3.</source>
        <translation>今天（%1）处于 %2 年届%3阶段。</translation>
    </message>
    <message>
        <source>Today, %1, falls between rounds (%2).</source>
        <translation>今天（%1）不在任何一届的阶段内（%2）。</translation>
    </message>
    <message>
        <source>%1 round</source>
        <translation>%1 年届</translation>
    </message>
    <message>
        <source>&amp;Edit this round...</source>
        <translation>编辑本届日程(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Add a round...</source>
        <translation>新增届次(&amp;A)...</translation>
    </message>
    <message>
        <source>Actions recorded outside their phase, with the reasons given</source>
        <translation>阶段外办理的事项及所填理由</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The %1 round&apos;s calendar</source>
        <translation>%1 年届日程</translation>
    </message>
    <message>
        <source>Date (yyyy-MM-dd)</source>
        <translation>日期（年-月-日）</translation>
    </message>
    <message>
        <source>Add deadline</source>
        <translation>添加截止日期</translation>
    </message>
    <message>
        <source>Remove deadline</source>
        <translation>删除截止日期</translation>
    </message>
    <message>
        <source>Extra deadlines:</source>
        <translation>其他截止日期：</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>新增届次</translation>
    </message>
    <message>
        <source>Naming year of the new round:</source>
        <translation>新届次的命名年度：</translation>
    </message>
    <message>
        <source>%1 is not a naming year: rounds are named every %2 years from %3.</source>
        <translation>%1 年不是命名年度：自 %3 年起每 %2 年命名一次。</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>截止事项</translation>
    </message>
    <message>
        <source>Row %1 of the extra deadlines: %2</source>
        <translation>其他截止日期第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>cd::CalendarService</name>
    <message>
        <source>%1 is not the naming year of a round.</source>
        <translation>%1 不是某一届的命名年度。</translation>
    </message>
    <message>
        <source>The %1 round needs its phases.</source>
        <translation>%1 年届必须有阶段安排。</translation>
    </message>
    <message>
        <source>The %1 phase has no valid start or end date.</source>
        <translation>%1阶段的起止日期无效。</translation>
    </message>
    <message>
        <source>The %1 phase starts on %2, after its end on %3.</source>
        <translation>%1阶段开始于 %2，晚于其结束日期 %3。</translation>
    </message>
    <message>
        <source>The phases must come in their order: %1 cannot follow %2.</source>
        <translation>阶段必须按顺序排列：%1不能排在%2之后。</translation>
    </message>
    <message>
        <source>The %1 phase starts on %2, before the %3 phase ends on %4.</source>
        <translation>%1阶段开始于 %2，早于%3阶段的结束日期 %4。</translation>
    </message>
    <message>
        <source>Every extra deadline needs a date and a title.</source>
        <translation>每个其他截止日期都必须有日期和事项。</translation>
    </message>
    <message>
        <source>The %1 round already has records; it cannot be removed.</source>
        <translation>%1 年届已有记录，不能删除。</translation>
    </message>
</context>
<context>
    <name>cd::Command</name>
    <message>
        <source>Add unit %1</source>
        <translation>新增单位 %1</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>编辑单位 %1</translation>
    </message>
    <message>
        <source>Delete unit %1</source>
        <translation>删除单位 %1</translation>
    </message>
    <message>
        <source>Import %1 new and %2 updated units</source>
        <translation>导入名册（新增 %1 个，更新 %2 个）</translation>
    </message>
    <message>
        <source>Record veto event %1</source>
        <translation>记录一票否决事件 %1</translation>
    </message>
    <message>
        <source>Delete veto event %1</source>
        <translation>删除一票否决事件 %1</translation>
    </message>
    <message>
        <source>Change rectification %1</source>
        <translation>修改整改事项 %1</translation>
    </message>
    <message>
        <source>Record rectification %1</source>
        <translation>记录整改事项 %1</translation>
    </message>
    <message>
        <source>Evidence of veto event %1</source>
        <translation>一票否决事件证据 %1</translation>
    </message>
    <message>
        <source>Change activity %1</source>
        <translation>修改活动 %1</translation>
    </message>
    <message>
        <source>Record activity %1</source>
        <translation>记录活动 %1</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation>删除活动 %1</translation>
    </message>
    <message>
        <source>Record survey of unit %1</source>
        <translation>记录单位 %1 的满意度测评</translation>
    </message>
    <message>
        <source>Delete survey of unit %1</source>
        <translation>删除单位 %1 的满意度测评</translation>
    </message>
    <message>
        <source>Prerequisite %1 of unit %2</source>
        <translation>登记单位 %2 的创建条件 %1</translation>
    </message>
    <message>
        <source>Clear prerequisite %1 of unit %2</source>
        <translation>撤销单位 %2 的创建条件 %1</translation>
    </message>
    <message>
        <source>Demonstration point %1 %2</source>
        <translation>%1 年%2级示范点</translation>
    </message>
    <message>
        <source>Remove demonstration point %1 %2</source>
        <translation>取消 %1 年%2级示范点</translation>
    </message>
    <message>
        <source>Change the %1 round</source>
        <translation>修改 %1 年届日程</translation>
    </message>
    <message>
        <source>Add the %1 round</source>
        <translation>新增 %1 年届</translation>
    </message>
    <message>
        <source>Score %1 for unit %2</source>
        <translation>为单位 %2 评分 %1</translation>
    </message>
    <message>
        <source>Clear a score of unit %1</source>
        <translation>清除单位 %1 的一项评分</translation>
    </message>
    <message>
        <source>New version of the %1 indicator system</source>
        <translation>%1 年届测评体系新版本</translation>
    </message>
    <message>
        <source>Edit the %1 indicator system</source>
        <translation>修改 %1 年届测评体系</translation>
    </message>
    <message>
        <source>Add assessor %1</source>
        <translation>新增评分人 %1</translation>
    </message>
    <message>
        <source>Remove assessor %1</source>
        <translation>删除评分人 %1</translation>
    </message>
    <message numerus="yes">
        <source>Recommend %n unit(s)</source>
        <translation>
            <numerusform>推荐 %n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name %n unit(s) (%1)</source>
        <translation>
            <numerusform>命名 %n 个单位（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the title of unit %1</source>
        <translation>撤销单位 %1 的称号</translation>
    </message>
    <message>
        <source>Retain the title of unit %1</source>
        <translation>保留单位 %1 的称号</translation>
    </message>
    <message>
        <source>Add veto kind %1</source>
        <translation>新增一票否决事项类别 %1</translation>
    </message>
    <message>
        <source>Quota of %1 in the %2 round: %3</source>
        <translation>%1 %2年届推荐名额：%3 个</translation>
    </message>
    <message>
        <source>No quota for %1 in the %2 round</source>
        <translation>%1 %2年届不限推荐名额</translation>
    </message>
</context>
<context>
    <name>cd::ConflictDialog</name>
    <message>
        <source>Another clerk changed this unit</source>
        <translation>另一位办事员修改了这个单位</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Saved by the other clerk</source>
        <translation>对方保存的内容</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <source>%1 was changed by another clerk after you opened it, so your change was not saved. The fields in bold differ. Save yours over the other clerk&apos;s, or keep theirs?</source>
        <translation>您打开“%1”之后，另一位办事员修改并保存了它，因此您的修改没有保存。加粗的项目两边不同。用您的修改覆盖对方的，还是保留对方的？</translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation>用我的覆盖(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>保留对方的(&amp;K)</translation>
    </message>
    <message>
        <source>%1 was removed by another clerk after you opened it; your change was not saved.</source>
        <translation>您打开“%1”之后，另一位办事员删除了它；您的修改没有保存。</translation>
    </message>
    <message>
        <source>Another clerk changed this activity</source>
        <translation>其他工作人员已修改此活动</translation>
    </message>
    <message>
        <source>The activity was removed by another clerk after you opened it; your change was not saved.</source>
        <translation>您打开此活动后，其他工作人员已将其删除；您的修改未保存。</translation>
    </message>
    <message>
        <source>The activity %1 of %2</source>
        <translation>%2 的%1活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Another clerk changed this rectification</source>
        <translation>其他工作人员已修改此整改事项</translation>
    </message>
    <message>
        <source>The rectification was removed by another clerk after you opened it; your change was not saved.</source>
        <translation>您打开此整改事项后，其他工作人员已将其删除；您的修改未保存。</translation>
    </message>
    <message>
        <source>The finding %1</source>
        <translation>问题“%1”</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Closing evidence</source>
        <translation>销号依据</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>（已清除）</translation>
    </message>
    <message>
        <source>Another clerk changed this prerequisite</source>
        <translation>其他办事员已修改此创建条件</translation>
    </message>
    <message>
        <source>The prerequisite %1 of %2 in the %3 round</source>
        <translation>%2在%3年届的创建条件（%1）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Another clerk changed this demonstration point</source>
        <translation>其他办事员已修改此示范点</translation>
    </message>
    <message>
        <source>The demonstration point %1 of %2</source>
        <translation>%2的%1年示范点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Extra deadlines</source>
        <translation>其他时间节点</translation>
    </message>
    <message>
        <source>Another clerk changed this calendar</source>
        <translation>其他办事员已修改此工作日程</translation>
    </message>
    <message>
        <source>The calendar of the %1 round</source>
        <translation>%1年届的工作日程</translation>
    </message>
    <message>
        <source>Pass line</source>
        <translation>合格线</translation>
    </message>
    <message>
        <source>Satisfaction minimum</source>
        <translation>最低满意率</translation>
    </message>
    <message>
        <source>Trimming from</source>
        <translation>去掉最高分和最低分的评分人数</translation>
    </message>
    <message>
        <source>Another clerk changed this indicator system</source>
        <translation>其他办事员已修改此指标体系</translation>
    </message>
    <message>
        <source>The %1 indicator system</source>
        <translation>%1年度指标体系</translation>
    </message>
    <message>
        <source>Another clerk changed this quota</source>
        <translation>其他办事员修改了此推荐名额</translation>
    </message>
    <message>
        <source>The quota of %1 in the %2 round</source>
        <translation>%1 %2年届的推荐名额</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>推荐名额</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 个</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1 was removed by another clerk after you opened it, so your change was not saved. Set yours again, or keep it removed (no quota)?</source>
        <translation>您打开“%1”之后，另一位办事员取消了它（现为不限名额），因此您的修改没有保存。重新设定您的名额，还是保持不限？</translation>
    </message>
    <message>
        <source>Set &amp;mine again</source>
        <translation>重新设定我的(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep it removed</source>
        <translation>保持不限(&amp;K)</translation>
    </message>
    <message>
        <source>Another clerk removed this quota</source>
        <translation>其他办事员取消了此推荐名额</translation>
    </message>
</context>
<context>
    <name>cd::ConnectDialog</name>
    <message>
        <source>Require an encrypted connection (TLS)</source>
        <translation>要求加密连接（TLS）</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or db.mzt.jl.gov.cn</source>
        <translation>例如 192.168.1.10 或 db.mzt.jl.gov.cn</translation>
    </message>
    <message>
        <source>e.g. campaign</source>
        <translation>例如 campaign</translation>
    </message>
    <message>
        <source>your own login, from the server&apos;s administrator</source>
        <translation>您本人的登录名，由服务器管理员分配</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>(a new server)</source>
        <translation>（新的服务器）</translation>
    </message>
    <message>
        <source>&amp;Used before:</source>
        <translation>用过的(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>cd::Csv</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>引号括起的字段没有结束引号</translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message>
        <source>The data file is not open.</source>
        <translation>数据文件未打开。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请清理出空间后重试。</translation>
    </message>
    <message>
        <source>Cannot open the data file %1: %2 The file was not changed.</source>
        <translation>无法打开数据文件 %1：%2该文件未被改动。</translation>
    </message>
    <message>
        <source>the file does not exist. Create it with &quot;init&quot; or choose another file.</source>
        <translation>文件不存在。请用“init”新建，或选择其他文件。</translation>
    </message>
    <message>
        <source>the file is empty. Create a data file in it with &quot;init&quot;.</source>
        <translation>文件为空。请用“init”在其中新建数据文件。</translation>
    </message>
    <message>
        <source>it is not a CampaignDesk data file (not an SQLite database).</source>
        <translation>它不是本系统的数据文件（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a CampaignDesk data file.</source>
        <translation>它是其他程序的 SQLite 数据库，不是本系统的数据文件。</translation>
    </message>
    <message>
        <source>the file is truncated or damaged (it is shorter than its header says). Restore it from a backup.</source>
        <translation>文件被截断或已损坏（实际长度短于文件头记载）。请从备份恢复。</translation>
    </message>
    <message>
        <source>it was written by a newer version of CampaignDesk (schema %1; this program knows up to %2). Install the newer version.</source>
        <translation>它由更新版本的本系统写入（结构版本 %1，本程序最高支持 %2）。请安装新版本。</translation>
    </message>
    <message>
        <source>it is open in another CampaignDesk window or command (process %1 on %2). Close that first.</source>
        <translation>它正被另一个本系统窗口或命令使用（%2 上的进程 %1）。请先关闭那个程序。</translation>
    </message>
    <message>
        <source>its lock file cannot be created beside it (is the folder read-only?).</source>
        <translation>无法在其旁边创建锁文件（文件夹是否只读？）。</translation>
    </message>
    <message>
        <source>it needs an upgrade to the current schema; open it once for writing.</source>
        <translation>它需要升级到当前结构版本；请以可写方式打开一次。</translation>
    </message>
    <message>
        <source>The file %1 already exists; a new data file is only created where no file is.</source>
        <translation>文件 %1 已存在；只能在没有文件的位置新建数据文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>it lacks the CampaignDesk tables; it is not a CampaignDesk data file.</source>
        <translation>其中没有本系统的数据表；它不是本系统的数据文件。</translation>
    </message>
    <message>
        <source>it was written by a newer version of CampaignDesk.</source>
        <translation>它由更新版本的本系统写入。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>程序中缺少第 %1 号结构升级脚本。</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a missing row of table %2 (rowid %3)</source>
        <translation>表 %1 中的一行引用了表 %2 中不存在的行（行号 %3）</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>缺少数据表 %1</translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation>结构版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the data file itself.</source>
        <translation>备份不能覆盖数据文件本身。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check; nothing was written.</source>
        <translation>备份副本未通过完整性检查；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1: %2</source>
        <translation>无法把备份放到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the new data file into place at %1: %2</source>
        <translation>无法把新建的数据文件放到 %1：%2</translation>
    </message>
    <message>
        <source>another CampaignDesk program is just opening it. Try again in a moment.</source>
        <translation>另一个本系统程序正在打开它。请稍后再试。</translation>
    </message>
    <message>
        <source>the file is damaged. Restore it from a backup.</source>
        <translation>文件已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>the file holds no regions: it was never initialised completely (run init on a new file)</source>
        <translation>文件中没有任何地区：它从未完成初始化（请在新文件上运行 init）</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2 Nothing was written.</source>
        <translation>备份到 %1 失败：%2未写入任何内容。</translation>
    </message>
    <message>
        <source>The data file cannot be written: it or its folder is read-only (or the disk is write-protected); nothing was saved.</source>
        <translation>无法写入数据文件：文件或其所在文件夹是只读的（或磁盘有写保护），未保存任何内容。</translation>
    </message>
    <message>
        <source>The disk could not be read or written (a disk or USB-stick error); nothing was saved. Check the disk and try again.</source>
        <translation>磁盘读写出错（磁盘或U盘故障），未保存任何内容。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The data file is busy with another CampaignDesk program (a backup or an import); nothing was saved. Try again in a moment.</source>
        <translation>数据文件正被另一个本系统程序使用（备份或导入），未保存任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>The data file is damaged; nothing was saved. Restore it from a backup.</source>
        <translation>数据文件已损坏，未保存任何内容。请从备份恢复。</translation>
    </message>
    <message>
        <source>The data file cannot be opened (the disk or folder is not available).</source>
        <translation>无法打开数据文件（磁盘或文件夹不可用）。</translation>
    </message>
    <message>
        <source>The record refers to something that does not exist (or is still referred to by other records); nothing was saved.</source>
        <translation>该记录引用了不存在的内容（或仍被其他记录引用），未保存任何内容。</translation>
    </message>
    <message>
        <source>The same record exists already; nothing was saved.</source>
        <translation>已有相同的记录，未保存任何内容。</translation>
    </message>
    <message>
        <source>A value is outside what the data file allows; nothing was saved.</source>
        <translation>有数值超出数据文件允许的范围，未保存任何内容。</translation>
    </message>
    <message>
        <source>The data file refused the change (SQLite error %1); nothing was saved.</source>
        <translation>数据文件拒绝了此次修改（SQLite 错误 %1），未保存任何内容。</translation>
    </message>
    <message>
        <source>A server database is backed up on the server (pg_dump); backup copies a data file.</source>
        <translation>服务器数据库在服务器上备份（pg_dump）；backup 只备份数据文件。</translation>
    </message>
    <message>
        <source>Cannot open the server database %1: %2</source>
        <translation>无法打开服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>the address is not postgresql://LOGIN@HOST[:PORT]/DATABASE.</source>
        <translation>地址不是 postgresql://登录名@主机[:端口]/数据库 的形式。</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (qsqlpsql) is not installed with the program.</source>
        <translation>本程序缺少 Qt 的 PostgreSQL 驱动（qsqlpsql），请重新安装。</translation>
    </message>
    <message>
        <source>the database has no CampaignDesk schema. Its administrator sets it up with &quot;server init&quot;.</source>
        <translation>该数据库尚未建立本系统的数据结构，请服务器管理员用“server init”建立。</translation>
    </message>
    <message>
        <source>it was set up by a newer version of CampaignDesk (schema %1; this program knows up to %2). Install the newer version.</source>
        <translation>它由更新版本的本系统建立（数据结构版本 %1，本程序最高支持 %2），请安装新版本。</translation>
    </message>
    <message>
        <source>its schema is version %1 and this program needs %2. Its administrator brings it up to date with &quot;server migrate&quot;.</source>
        <translation>其数据结构为版本 %1，本程序需要版本 %2，请服务器管理员用“server migrate”升级。</translation>
    </message>
    <message>
        <source>table %1 has no row-level security</source>
        <translation>数据表 %1 未启用行级安全</translation>
    </message>
    <message>
        <source>The server database %1 is set up already; &quot;server migrate&quot; brings it up to date.</source>
        <translation>服务器数据库 %1 已经建立；如需升级请用“server migrate”。</translation>
    </message>
    <message>
        <source>--login: &quot;%1&quot; is not a login name: use lower-case letters, digits and _ (up to 63), starting with a letter.</source>
        <translation>--login：“%1”不是有效的登录名：只能用小写字母、数字和下划线（最多 63 个），并以字母开头。</translation>
    </message>
    <message>
        <source>The login %1 exists already on this server.</source>
        <translation>服务器上已有登录名 %1。</translation>
    </message>
    <message>
        <source>%1 is not a clerk of this database (server list-clerks shows them).</source>
        <translation>%1 不是本数据库的办事员（可用 server list-clerks 查看）。</translation>
    </message>
    <message>
        <source>Your login may not change this record: it belongs to another region than yours; nothing was saved.</source>
        <translation>您的登录无权修改这条记录：它属于您管辖范围以外的地区；未保存任何内容。</translation>
    </message>
    <message>
        <source>Another clerk changed the same records at the same moment; nothing was saved. Try again.</source>
        <translation>另一位办事员同时修改了相同的记录；未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; nothing was saved. Tell the server&apos;s administrator.</source>
        <translation>服务器磁盘已满；未保存任何内容。请通知服务器管理员。</translation>
    </message>
    <message>
        <source>The database is open for reading only; nothing was saved.</source>
        <translation>数据库以只读方式打开；未保存任何内容。</translation>
    </message>
    <message>
        <source>the server refused the login (wrong login name or password).</source>
        <translation>服务器拒绝登录（登录名或密码错误）。</translation>
    </message>
    <message>
        <source>the server has no such database.</source>
        <translation>服务器上没有这个数据库。</translation>
    </message>
    <message>
        <source>the server cannot be reached (check the address, the network and that the server is running); nothing was saved.</source>
        <translation>无法连接服务器（请检查地址、网络以及服务器是否在运行）；未保存任何内容。</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS) to the server failed.</source>
        <translation>与服务器的加密连接（TLS）失败。</translation>
    </message>
    <message>
        <source>The server refused the change (PostgreSQL error %1); nothing was saved.</source>
        <translation>服务器拒绝了此修改（PostgreSQL 错误 %1）；未保存任何内容。</translation>
    </message>
    <message>
        <source>Unit %1 (id %2) was changed or removed by another clerk after it was read; nothing was saved. Read it again and redo the change.</source>
        <translation>单位“%1”（编号 %2）在读取后已被另一位办事员修改或删除；未保存任何内容。请重新读取后再修改。</translation>
    </message>
    <message>
        <source>The server has no table %1 of the data file; nothing was copied.</source>
        <translation>服务器上没有数据文件中的数据表 %1；未复制任何内容。</translation>
    </message>
    <message>
        <source>Activity %1 of %2 (id %3) was changed or removed by another clerk after it was read; it was left as it is.</source>
        <translation>%2 的%1活动（编号 %3）在读取后已被其他工作人员修改或删除；已保持原样，未作改动。</translation>
    </message>
    <message>
        <source>Rectification %1 (id %2) was changed or removed by another clerk after it was read; it was left as it is.</source>
        <translation>整改事项“%1”（编号 %2）在读取后已被其他工作人员修改或删除；已保持原样，未作改动。</translation>
    </message>
    <message>
        <source>The quota of %1 in the %2 round was changed by another clerk after it was read; it was left as it is.</source>
        <translation>%1在%2年届的推荐名额在读取后已被其他办事员修改，本次未保存，保留其修改。</translation>
    </message>
    <message>
        <source>The calendar of the %1 round was changed by another clerk after it was read; it was left as it is.</source>
        <translation>%1年届的工作日程在读取后已被其他办事员修改，本次未保存，保留其修改。</translation>
    </message>
    <message>
        <source>The prerequisite %1 of %2 in the %3 round was set or cleared by another clerk after it was read; it was left as it is.</source>
        <translation>%2在%3年届的创建条件“%1”在读取后已被其他办事员设置或清除，本次未保存，保留其修改。</translation>
    </message>
    <message>
        <source>The demonstration point of %1 in %2 was set or removed by another clerk after it was read; it was left as it is.</source>
        <translation>%1的%2年示范点在读取后已被其他办事员设置或取消，本次未保存，保留其修改。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The reading was stopped before it ended; nothing was changed.</source>
        <translation>读取在完成前已停止，未作任何更改。</translation>
    </message>
    <message>
        <source>it is a folder, not a data file. Choose the .db file in it.</source>
        <translation>它是一个文件夹，不是数据文件。请选择其中的 .db 文件。</translation>
    </message>
</context>
<context>
    <name>cd::DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
</context>
<context>
    <name>cd::DateInput</name>
    <message>
        <source>The date is missing; type it as 2014-06-01.</source>
        <translation>缺少日期；请按 2014-06-01 的格式填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; type it as 2014-06-01, 2014/6/1, 20140601 or 2014年6月1日.</source>
        <translation>“%1”不是日期；请填写为 2014-06-01、2014/6/1、20140601 或 2014年6月1日。</translation>
    </message>
    <message>
        <source>%1 is not a year this program keeps records for.</source>
        <translation>%1 年不在本系统记录的年份范围内。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2.</source>
        <translation>“%1”：没有 %2 月。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: month %2 of %3 has no day %4 (it has %5 days).</source>
        <translation>“%1”：%3年%2月没有 %4 日（该月只有 %5 天）。</translation>
    </message>
</context>
<context>
    <name>cd::Defaults</name>
    <message>
        <source>--level must be province, city or county, not &quot;%1&quot;.</source>
        <translation>--level 只能是 province、city 或 county，不能是“%1”。</translation>
    </message>
    <message>
        <source>There is no province with code &quot;%1&quot; in GB/T 2260 (Jilin is 22).</source>
        <translation>GB/T 2260 中没有代码为“%1”的省份（吉林省为 22）。</translation>
    </message>
    <message>
        <source>This data file already has its regions; it was initialised before.</source>
        <translation>此数据文件已有行政区划，已经初始化过。</translation>
    </message>
    <message>
        <source>--region %1 is not a %2 of %3.</source>
        <translation>--region %1 不是%3的%2。</translation>
    </message>
    <message>
        <source>city (市(州))</source>
        <translation>市（州）</translation>
    </message>
    <message>
        <source>county (县(市、区))</source>
        <translation>县（市、区）</translation>
    </message>
</context>
<context>
    <name>cd::Demo</name>
    <message>
        <source>This data file already holds units; make demo data in a new file.</source>
        <translation>此数据文件中已有单位；请在新文件中生成演示数据。</translation>
    </message>
    <message>
        <source>The data file has no regions or unit types; run init first.</source>
        <translation>数据文件中没有行政区划或单位类别；请先运行 init。</translation>
    </message>
</context>
<context>
    <name>cd::DemoPointService</name>
    <message>
        <source>%1 is not a year for a demonstration point.</source>
        <translation>%1 不是有效的示范点年度。</translation>
    </message>
    <message>
        <source>The level of a demonstration point is 省, 市 or 县, not &quot;%1&quot;.</source>
        <translation>示范点级别只能是省、市或县，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>cd::DemonstrationPage</name>
    <message>
        <source>Demonstration points</source>
        <translation>示范点</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Tag a unit...</source>
        <translation>设为示范点(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>取消(&amp;R)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>every level</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Tag a demonstration point</source>
        <translation>设为示范点</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Remove the demonstration point</source>
        <translation>取消示范点</translation>
    </message>
</context>
<context>
    <name>cd::EvidenceBinder</name>
    <message>
        <source>missing from the files folder</source>
        <translation>附件文件夹中没有该文件</translation>
    </message>
    <message>
        <source>changed since it was recorded (its SHA-256 differs)</source>
        <translation>登记后已被改动（SHA-256 不符）</translation>
    </message>
    <message>
        <source>a PDF without pages</source>
        <translation>PDF 文件没有页面</translation>
    </message>
    <message>
        <source>a PDF that cannot be read (damaged or protected by a password)</source>
        <translation>PDF 文件无法读取（已损坏或设有密码）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目&#x3000;&#x3000;录</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>八、证明材料</translation>
    </message>
    <message>
        <source>No evidence file is recorded for the unit.</source>
        <translation>该单位没有登记证明材料文件。</translation>
    </message>
    <message>
        <source>embedded in this PDF as attachments</source>
        <translation>作为附件嵌入本 PDF</translation>
    </message>
    <message>
        <source>listed with their SHA-256</source>
        <translation>仅列出其 SHA-256</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Evidence %1: %2</source>
        <translation>证明材料 %1：%2</translation>
    </message>
    <message>
        <source>Record: %1. Size %2, SHA-256 %3.</source>
        <translation>所属记录：%1。大小 %2，SHA-256 校验值 %3。</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>第 %1—%2 页</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>已嵌入为附件</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>未装订</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot bind the evidence into %1 (the folder may be full or read-only). Nothing was written.</source>
        <translation>无法将证明材料装订到 %1（磁盘可能已满或文件夹只读）。未写入任何文件。</translation>
    </message>
    <message>
        <source>%1: %2 placed on pages, %3 bound in (%4), %5 %6, %7 missing.</source>
        <translation>共 %1：%2，排入页面；%3，逐页装订（共 %4）；%5，%6；缺失 %7 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>图片 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s)</source>
        <translation>
            <numerusform>PDF 文件 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s)</source>
        <translation>
            <numerusform>其他文件 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Exchange</name>
    <message>
        <source>The package %1 was refused: %2 Nothing was changed.</source>
        <translation>数据包 %1 被拒收：%2 数据文件未作任何改动。</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing from %2 or was changed; restore it (from a backup) before sending.</source>
        <translation>证明材料文件 %1 在 %2 中缺失或已被改动；请先（从备份）恢复后再上报。</translation>
    </message>
    <message>
        <source>it is larger than 4 GB, more than any package this program writes.</source>
        <translation>文件超过 4 GB，本程序生成的数据包不会这么大。</translation>
    </message>
    <message>
        <source>it is not an exchange package (not a zip file, or a damaged or truncated one).</source>
        <translation>这不是数据包（不是 zip 文件，或文件已损坏、不完整）。</translation>
    </message>
    <message>
        <source>its part %1 is damaged or expands beyond the limits.</source>
        <translation>其中的 %1 已损坏，或解压后超出限制。</translation>
    </message>
    <message>
        <source>it has no manifest (manifest.json and manifest.sig).</source>
        <translation>包内没有清单（manifest.json 和 manifest.sig）。</translation>
    </message>
    <message>
        <source>its manifest is not readable.</source>
        <translation>包内清单无法读取。</translation>
    </message>
    <message>
        <source>it was made by a newer version of the program (format %1); update this program first.</source>
        <translation>该包由更新版本的程序生成（格式 %1）；请先升级本程序。</translation>
    </message>
    <message>
        <source>its signature does not match: the package was altered after it was signed, or not signed by its sender.</source>
        <translation>签名不符：数据包在签名后被改动过，或不是由其发送单位签名的。</translation>
    </message>
    <message>
        <source>its manifest names a part %1 that no package has.</source>
        <translation>清单中列出了数据包不应有的部分 %1。</translation>
    </message>
    <message>
        <source>it holds %1, which its manifest does not name.</source>
        <translation>包内含有清单中未列出的 %1。</translation>
    </message>
    <message>
        <source>its part %1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>its part %1 does not match the manifest&apos;s checksum.</source>
        <translation>%1 与清单中的校验值不符。</translation>
    </message>
    <message>
        <source>its evidence file %1 does not match its name.</source>
        <translation>证明材料文件 %1 与其名称（校验值）不符。</translation>
    </message>
    <message>
        <source>it comes from another province (%1).</source>
        <translation>该包来自其他省份（%1）。</translation>
    </message>
    <message>
        <source>its sender&apos;s key is registered for %1, but the package claims %2.</source>
        <translation>发送单位的密钥登记的地区是 %1，但该包自称来自 %2。</translation>
    </message>
    <message>
        <source>it comes from an office this file does not know yet: %1 (%2), key fingerprint %3. Check the fingerprint with the sender, then import it again with --trust-new-sender.</source>
        <translation>该包来自本文件尚未登记的单位：%1（%2），密钥指纹 %3。请与发送单位核对指纹后，加 --trust-new-sender 重新导入。</translation>
    </message>
    <message>
        <source>it comes from %1, which does not report to %2.</source>
        <translation>该包来自%1，不向%2报送。</translation>
    </message>
    <message>
        <source>it builds on the package %1, which has not been received here; import that one first.</source>
        <translation>该包以数据包 %1 为基础，而本文件尚未接收该包；请先导入那一个。</translation>
    </message>
    <message>
        <source>line %1 of %2 is not a record.</source>
        <translation>%2 第 %1 行不是一条记录。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何改动。</translation>
    </message>
    <message>
        <source>its unit was refused</source>
        <translation>其所属单位被拒收</translation>
    </message>
    <message>
        <source>its unit is outside the sender&apos;s region</source>
        <translation>其所属单位不在发送单位的地区范围内</translation>
    </message>
    <message>
        <source>Cannot store the package&apos;s evidence files (is the disk full?). Nothing was changed.</source>
        <translation>无法保存数据包中的证明材料文件（磁盘是否已满？）。未作任何改动。</translation>
    </message>
    <message>
        <source>The receipt %1 was refused: %2 Nothing was changed.</source>
        <translation>回执 %1 被拒收：%2 未作任何改动。</translation>
    </message>
    <message>
        <source>it is larger than any receipt.</source>
        <translation>文件大小超出任何回执。</translation>
    </message>
    <message>
        <source>it is not a receipt.</source>
        <translation>这不是回执。</translation>
    </message>
    <message>
        <source>it was made by a newer version of the program; update this program first.</source>
        <translation>该回执由更新版本的程序生成；请先升级本程序。</translation>
    </message>
    <message>
        <source>its signature does not match: it was altered, or not signed by the office that received the package.</source>
        <translation>签名不符：回执被改动过，或不是由接收单位签名的。</translation>
    </message>
    <message>
        <source>it answers the package %1, which this file did not send.</source>
        <translation>该回执对应的数据包 %1 不是本文件报送的。</translation>
    </message>
    <message>
        <source>it was signed by an office this file does not know yet: %1, key fingerprint %2. Check the fingerprint with that office, then import it again with --trust-new-sender.</source>
        <translation>该回执由本文件尚未登记的单位签名：%1，密钥指纹 %2。请与该单位核对指纹后，加 --trust-new-sender 重新导入。</translation>
    </message>
    <message>
        <source>This file&apos;s signing key cannot be used (the cryptography library refused it).</source>
        <translation>本文件的签名密钥无法使用（加密库拒绝了该密钥）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Closing evidence</source>
        <translation>销号依据</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Veto event</source>
        <translation>一票否决事件</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Prerequisite</source>
        <translation>创建条件</translation>
    </message>
    <message>
        <source>Demonstration point</source>
        <translation>示范点</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>没有编号为 %1 的冲突。</translation>
    </message>
    <message>
        <source>The incoming version of conflict %1 cannot be kept: %2</source>
        <translation>冲突 %1 中数据包的版本不能采用：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 is not a text</source>
        <translation>%1 不是文本</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 不是日期</translation>
    </message>
    <message>
        <source>its identity is missing</source>
        <translation>缺少记录标识</translation>
    </message>
    <message>
        <source>the unit name is empty</source>
        <translation>单位名称为空</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Conflict %1 was decided already: the package&apos;s version was taken on %2.</source>
        <translation>冲突 %1 已于 %2 处理：采用了数据包的版本。</translation>
    </message>
    <message>
        <source>Conflict %1 was decided already: this file&apos;s version was kept on %2.</source>
        <translation>冲突 %1 已于 %2 处理：保留了本文件的版本。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Unit types in the round</source>
        <translation>本轮参评单位类别</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Pass line</source>
        <translation>合格线</translation>
    </message>
    <message>
        <source>Lowest satisfaction</source>
        <translation>最低满意率</translation>
    </message>
    <message>
        <source>Assessors from whom the highest and lowest are dropped</source>
        <translation>去掉最高分和最低分所需的评分人人数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Scores by assessor</source>
        <translation>各评分人评分</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>评审阶段</translation>
    </message>
    <message>
        <source>Reason for acting outside the phase</source>
        <translation>阶段外办理的理由</translation>
    </message>
    <message>
        <source>a unit not in this file</source>
        <translation>本文件中没有的单位</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>local appraisal</source>
        <translation>本级评审</translation>
    </message>
    <message>
        <source>the %1 round</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>the %1 round, version %2</source>
        <translation>%1 年度，第 %2 版</translation>
    </message>
    <message>
        <source>%1, the %2 round</source>
        <translation>%1，%2 年度</translation>
    </message>
    <message>
        <source>Local scores</source>
        <translation>本级评分</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Round calendar</source>
        <translation>年度日程</translation>
    </message>
    <message>
        <source>Indicator system</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>Naming</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>%1 is not a region of this province.</source>
        <translation>%1 不是本省的地区。</translation>
    </message>
    <message>
        <source>%1 is not an office below %2: a package goes down from the province to a 市(州) or county, or from a 市(州) to one of its counties.</source>
        <translation>%1 不是%2的下级：下发包由省级发往市（州）或县（市、区），或由市（州）发往所辖县（市、区）。</translation>
    </message>
    <message>
        <source>%1 is at the same level as this file.</source>
        <translation>%1 与本文件同级。</translation>
    </message>
    <message>
        <source>The province&apos;s file sends no package up: packages go from a county or 市(州) to the level above. To send the round&apos;s settings and decisions down, name the office below.</source>
        <translation>省级数据文件不向上报送：上报包由县（市、区）或市（州）报送上一级。要向下级下发年度设置和决定，请指明下级单位。</translation>
    </message>
    <message>
        <source>it goes neither up nor down (%1).</source>
        <translation>它既不是上报包也不是下发包（%1）。</translation>
    </message>
    <message>
        <source>it comes from %1, which is not above %2.</source>
        <translation>它来自%1，不是%2的上级。</translation>
    </message>
    <message>
        <source>it is addressed to %1, not to %2.</source>
        <translation>它是发给 %1 的，不是发给%2的。</translation>
    </message>
    <message>
        <source>its part %1 does not travel %2.</source>
        <translation>其中的 %1 不属于%2的内容。</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下发包</translation>
    </message>
    <message>
        <source>up</source>
        <translation>上报包</translation>
    </message>
    <message>
        <source>it concerns a unit or region outside this file&apos;s region</source>
        <translation>涉及本文件辖区以外的单位或地区</translation>
    </message>
    <message>
        <source>changed in this file and in the package since they were last exchanged; both versions are kept</source>
        <translation>自上次交换以来，本文件和数据包中都有修改；两个版本均已保留</translation>
    </message>
    <message>
        <source>Removed by the sender</source>
        <translation>发送方已删除</translation>
    </message>
    <message>
        <source>line %1 of %2 removes a record that does not travel %3.</source>
        <translation>%2 第 %1 行删除的记录不属于%3的内容。</translation>
    </message>
    <message>
        <source>removed at the sender but changed in this file since it last came; both are kept</source>
        <translation>发送方已删除，但本文件在上次接收后又修改过；两者均已保留</translation>
    </message>
    <message numerus="yes">
        <source>its manifest counts %n record(s) of %1, but it holds none.</source>
        <translation>
            <numerusform>其清单记载 %1 记录 %n 条，但包中没有。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its manifest counts %n record(s) in %1, but the part holds %2.</source>
        <translation>
            <numerusform>其清单记载 %1 中有记录 %n 条，但实际为 %2 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::ExchangeDialog</name>
    <message>
        <source>Packages and receipts</source>
        <translation>上报与接收</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Send a package...</source>
        <translation>生成上报包(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Receive a package...</source>
        <translation>导入数据包(&amp;R)...</translation>
    </message>
    <message>
        <source>Record a re&amp;ceipt...</source>
        <translation>登记回执(&amp;C)...</translation>
    </message>
    <message>
        <source>Send a package</source>
        <translation>生成上报包</translation>
    </message>
    <message>
        <source>%1上报包-%2.cdx</source>
        <translation>%1上报包-%2.cdx</translation>
    </message>
    <message>
        <source>Exchange packages (*.cdx)</source>
        <translation>数据包 (*.cdx)</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <source>-回执.cdr</source>
        <translation>-回执.cdr</translation>
    </message>
    <message>
        <source>Receipts (*.cdr)</source>
        <translation>回执 (*.cdr)</translation>
    </message>
    <message>
        <source>Record a receipt</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <source>waiting for its receipt</source>
        <translation>等待回执</translation>
    </message>
    <message>
        <source>receipt recorded %1</source>
        <translation>回执已于 %1 登记</translation>
    </message>
    <message>
        <source>%1 applied, %2 unchanged, %3 in conflict, %4 refused</source>
        <translation>导入 %1 条，未变 %2 条，冲突 %3 条，拒收 %4 条</translation>
    </message>
    <message>
        <source>received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在生成数据包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A new office</source>
        <translation>新的发送单位</translation>
    </message>
    <message>
        <source>This file comes from an office this data file does not know yet:

%1 (%2)
Key fingerprint: %3

Check the fingerprint with that office (by telephone) before trusting it. Trust it from now on?</source>
        <translation>该文件来自本数据文件尚未登记的单位：

%1（%2）
密钥指纹：%3

请先（电话）与该单位核对指纹。是否从此信任该单位？</translation>
    </message>
    <message>
        <source>&amp;Trust and continue</source>
        <translation>信任并继续(&amp;T)</translation>
    </message>
    <message>
        <source>This package was applied before; nothing changed. Its receipt was written again to %1.</source>
        <translation>该数据包此前已导入，未作改动。回执已重新写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Decide conflicts...</source>
        <translation>处理冲突(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 was changed here and by the office that sent the package since they last exchanged it. This file&apos;s version is in place; the fields in bold differ. Take the package&apos;s version, or keep this file&apos;s?</source>
        <translation>自上次交换以来，本单位和发送单位都修改了%1。目前保留的是本文件的版本，粗体字段为不同之处。采用数据包中的版本，还是保留本文件的版本？</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>数据包中</translation>
    </message>
    <message>
        <source>In this file</source>
        <translation>本文件中</translation>
    </message>
    <message>
        <source>&amp;Take the package&apos;s version</source>
        <translation>采用数据包的版本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep this file&apos;s</source>
        <translation>保留本文件的版本(&amp;K)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>以后再处理(&amp;L)</translation>
    </message>
    <message>
        <source>Conflict %1 of %2</source>
        <translation>冲突（第 %1 项，共 %2 项）</translation>
    </message>
    <message>
        <source>Decide conflicts</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>Applying the package…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Send do&amp;wn...</source>
        <translation>下发(&amp;W)...</translation>
    </message>
    <message>
        <source>The rounds&apos; calendars, indicator systems, quotas, namings and reviews, to an office below</source>
        <translation>向下级发送年度日程、指标体系、名额、命名和复查结果</translation>
    </message>
    <message>
        <source>sent up</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>sent down to %1</source>
        <translation>下发至%1</translation>
    </message>
    <message>
        <source>Send down</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>The rounds&apos; calendars and indicator systems, its quotas, and the namings and reviews of its units go to:</source>
        <translation>各年度的日程和指标体系、其名额及其所辖单位的命名和复查结果，发往：</translation>
    </message>
    <message>
        <source>%1下发包-%2.cdx</source>
        <translation>%1下发包-%2.cdx</translation>
    </message>
    <message numerus="yes">
        <source>The package for %1 holds %n record(s). Take %2 to that office; its receipt comes back with the answer.</source>
        <translation>
            <numerusform>发往%1的数据包含 %n 条记录。请将 %2 送交该单位；对方接收后会返回回执。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were acknowledged; the next package carries only what changes from now on.</source>
        <translation>
            <numerusform>已确认 %n 条记录；今后的数据包只包含此后的变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>This file serves %1. %2; %3.</source>
        <translation>本数据文件：%1。%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) waiting for a receipt</source>
        <translation>
            <numerusform>有 %n 个数据包等待回执</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n 条冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>The package holds %1 and %2. Take %3 to the level above; its receipt comes back with the answer.</source>
        <translation>上报包含%1、%2。请将 %3 报送上一级；上级导入后会交回回执。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>证明材料 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2, %3 unchanged, %4 in conflict (both versions kept), %5 refused. Send the receipt %6 back to the sender.</source>
        <translation>来自%1：%2，未变 %3 条，冲突 %4 条（两个版本均已保留），拒收 %5 条。请将回执 %6 交回发送单位。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) applied</source>
        <translation>
            <numerusform>导入 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ExchangeRepository</name>
    <message>
        <source>its unit is neither in the package nor in this file</source>
        <translation>其所属单位既不在数据包中，也不在本文件中</translation>
    </message>
    <message>
        <source>its region %1 is not a region of this province</source>
        <translation>所属地区 %1 不是本省的地区</translation>
    </message>
    <message>
        <source>its unit type %1 is not known here</source>
        <translation>单位类别 %1 在本文件中不存在</translation>
    </message>
    <message>
        <source>another unit of its region in this file already has the name %1</source>
        <translation>本文件中同一地区已有名为 %1 的其他单位</translation>
    </message>
    <message>
        <source>another unit in this file already has the credit code %1</source>
        <translation>本文件中已有其他单位使用统一社会信用代码 %1</translation>
    </message>
    <message>
        <source>its prerequisite kind %1 is not known here</source>
        <translation>创建条件类别 %1 在本文件中不存在</translation>
    </message>
    <message>
        <source>%1 is not a kind of record this program exchanges</source>
        <translation>%1 不是本程序交换的记录类型</translation>
    </message>
    <message>
        <source>a number in it is not a whole number</source>
        <translation>其中有数字不是整数</translation>
    </message>
    <message>
        <source>a date in it is not a date</source>
        <translation>其中有日期不是有效日期</translation>
    </message>
    <message>
        <source>a unit it names (identity %1) is neither in the package nor in this file</source>
        <translation>其中的一个单位（标识 %1）既不在数据包中，也不在本文件中</translation>
    </message>
    <message>
        <source>the indicator system of the %1 round (version %2) is not in this file; receive the round&apos;s settings from above first</source>
        <translation>本文件中没有 %1 年度的指标体系（第 %2 版）；请先接收上级下发的年度设置</translation>
    </message>
    <message>
        <source>an assessor in it has no name</source>
        <translation>其中有评分人没有姓名</translation>
    </message>
    <message>
        <source>it scores an indicator (%1 / %2) that the %3 round&apos;s system does not have here</source>
        <translation>其评分所用的指标（%1 / %2）在本文件 %3 年度的指标体系中没有</translation>
    </message>
    <message>
        <source>a score in it is below zero</source>
        <translation>其中有小于零的分数</translation>
    </message>
    <message>
        <source>one of its units is already recommended in the %1 round in another list</source>
        <translation>其中有单位在 %1 年度已列入另一份推荐名单</translation>
    </message>
    <message>
        <source>a phase in it is not one of the round&apos;s three phases</source>
        <translation>其中有阶段不属于年度的三个阶段</translation>
    </message>
    <message>
        <source>the %1 round is not in this file; the package should have carried it</source>
        <translation>本文件中没有 %1 年度；数据包本应带有该年度</translation>
    </message>
    <message>
        <source>scores were given here under version %1 of the %2 round&apos;s indicator system, which is therefore frozen</source>
        <translation>本文件已按 %2 年度指标体系第 %1 版评分，该版本已冻结</translation>
    </message>
    <message>
        <source>an indicator in it has no name or no points</source>
        <translation>其中有指标没有名称或分值</translation>
    </message>
    <message>
        <source>its quota is below zero</source>
        <translation>名额小于零</translation>
    </message>
    <message>
        <source>its outcome %1 is neither retained nor revoked</source>
        <translation>复查结论 %1 既不是保留也不是撤销</translation>
    </message>
    <message>
        <source>its identity %1 is not one this program gives</source>
        <translation>其标识 %1 不是本程序生成的</translation>
    </message>
    <message>
        <source>the %1 round still has an indicator system in this file</source>
        <translation>本文件中 %1 年度仍有指标体系</translation>
    </message>
    <message numerus="yes">
        <source>the unit still has %n record(s) in this file; remove them first, then receive the package again</source>
        <translation>
            <numerusform>该单位在本文件中还有 %n 条记录；请先删除这些记录，再重新接收数据包</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Export</name>
    <message>
        <source>Cannot write %1: %2 Nothing was written.</source>
        <translation>无法写入 %1：%2未写入任何内容。</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation>无法创建该文件。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>the disk may be full.</source>
        <translation>磁盘可能已满。</translation>
    </message>
    <message>
        <source>the workbook came out incomplete when it was read back.</source>
        <translation>写出的工作簿回读时不完整。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::ExportActions</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览——%1</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1……</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv);;CSV for old Excel, GB18030 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;旧版 Excel 用 CSV，GB18030 (*.csv)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Binding %1 with %n evidence file(s)…</source>
        <translation>
            <numerusform>正在生成 %1（证明材料 %n 个）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::FileScope</name>
    <message>
        <source>%1, a city&apos;s file</source>
        <translation>%1（市（州）级数据文件）</translation>
    </message>
    <message>
        <source>%1, a county&apos;s file</source>
        <translation>%1（县（市、区）级数据文件）</translation>
    </message>
    <message>
        <source>%1, the province&apos;s file</source>
        <translation>%1（省级数据文件）</translation>
    </message>
    <message>
        <source>%1, a city clerk&apos;s login</source>
        <translation>%1（市(州)级办事员登录）</translation>
    </message>
    <message>
        <source>%1, a county clerk&apos;s login</source>
        <translation>%1（县(市、区)级办事员登录）</translation>
    </message>
    <message>
        <source>%1, the province&apos;s login</source>
        <translation>%1（省级登录）</translation>
    </message>
</context>
<context>
    <name>cd::FileUtil</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>there is no such file (was it moved, renamed or on a drive that is not connected?)</source>
        <translation>文件不存在（是否已被移动、改名，或所在的盘没有连接？）</translation>
    </message>
    <message>
        <source>this Windows account is not allowed to read it</source>
        <translation>当前 Windows 账户没有读取它的权限</translation>
    </message>
</context>
<context>
    <name>cd::FindDialog</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Unit name, credit code, address, contact, document no., note...</source>
        <translation>单位名称、信用代码、地址、联系人、文号、备注……</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>所在</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Naming</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Veto event</source>
        <translation>一票否决事件</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>没有找到。</translation>
    </message>
    <message numerus="yes">
        <source>%n found; double-click one to open its unit&apos;s record.</source>
        <translation>
            <numerusform>找到 %n 项；双击一项打开该单位的档案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
</context>
<context>
    <name>cd::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
</context>
<context>
    <name>cd::ImportPreviewDialog</name>
    <message>
        <source>Import roster — %1</source>
        <translation>导入单位名册——%1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>将新增（%1）</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Name before</source>
        <translation>原名称</translation>
    </message>
    <message>
        <source>To update (%1)</source>
        <translation>将更新（%1）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Bad rows (%1)</source>
        <translation>有误的行（%1）</translation>
    </message>
    <message>
        <source>%1 data rows: %2 to add, %3 to update, %4 unchanged, %5 bad.</source>
        <translation>共 %1 行数据：新增 %2 个，更新 %3 个，无变化 %4 个，有误 %5 行。</translation>
    </message>
    <message>
        <source>Import &amp;all</source>
        <translation>全部导入(&amp;A)</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows</source>
        <translation>仅导入有效行(&amp;V)</translation>
    </message>
</context>
<context>
    <name>cd::IndicatorSystems</name>
    <message>
        <source>The %1 round has no indicator system yet.</source>
        <translation>%1年届还没有测评体系。</translation>
    </message>
    <message>
        <source>An indicator system needs at least one indicator.</source>
        <translation>测评体系至少要有一项指标。</translation>
    </message>
    <message>
        <source>Every indicator needs its area and its name.</source>
        <translation>每项指标都必须有所属方面和名称。</translation>
    </message>
    <message>
        <source>Indicator %1 (%2) has %3 points; points must be more than 0.</source>
        <translation>指标“%1”（%2）分值为 %3；分值必须大于 0。</translation>
    </message>
    <message>
        <source>The pass line %1 is outside 0…%2, the system&apos;s total.</source>
        <translation>合格线 %1 超出了 0…%2（测评体系总分）。</translation>
    </message>
    <message>
        <source>The satisfaction minimum must be between 0% and 100%.</source>
        <translation>最低满意率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Trimming needs at least 3 assessors, so that one score remains.</source>
        <translation>去掉最高分和最低分至少需要 3 名评分人。</translation>
    </message>
    <message>
        <source>The %1 indicator system is frozen: scores were given under version %2. Give a reason to make a new version.</source>
        <translation>%1 年届测评体系已冻结：已有按第 %2 版给出的评分。请填写理由以生成新版本。</translation>
    </message>
    <message>
        <source>Scores were given under this version of the indicator system; it is kept.</source>
        <translation>已有按此版测评体系给出的评分，该版本不能删除。</translation>
    </message>
    <message>
        <source>The %1 indicator system was changed by another clerk after it was read; it was left as it is.</source>
        <translation>%1年度指标体系在读取后已被其他办事员修改，本次未保存，保留其修改。</translation>
    </message>
</context>
<context>
    <name>cd::LedgerPage</name>
    <message>
        <source>Creation ledger</source>
        <translation>创建台账</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Record activity...</source>
        <translation>记录活动(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open attachment...</source>
        <translation>打开附件(&amp;O)...</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>缺失 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>活动类型：</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参加人数：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Record an activity</source>
        <translation>记录创建活动</translation>
    </message>
    <message>
        <source>Change the activity</source>
        <translation>修改创建活动</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>删除创建活动</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Unit &amp;record...</source>
        <translation>单位档案(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>cd::Lists</name>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>%1 “Civilized Window” naming list</source>
        <translation>%1年“文明窗口”命名名单</translation>
    </message>
    <message>
        <source>%1 “Civilized Window” review results</source>
        <translation>%1年“文明窗口”复查结果</translation>
    </message>
    <message>
        <source>Unit roster</source>
        <translation>单位名册</translation>
    </message>
    <message>
        <source>Grassroots window unit roster</source>
        <translation>基层窗口单位名册</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>City (prefecture)</source>
        <translation>市（州）</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Naming list</source>
        <translation>命名名单</translation>
    </message>
    <message>
        <source>County (district)</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Date named</source>
        <translation>命名日期</translation>
    </message>
    <message>
        <source>Review results</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>Named in</source>
        <translation>命名年度</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>复查结论</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No units were named in the %1 round; there is no naming list to print.</source>
        <translation>%1年届没有命名任何单位，没有可打印的命名名单。</translation>
    </message>
    <message>
        <source>(%1; %2 units)</source>
        <translation>（%1，共 %2 个单位）</translation>
    </message>
    <message>
        <source>No reviews were recorded in the %1 round; there is no review list to print.</source>
        <translation>%1年届没有复查记录，没有可打印的复查结果。</translation>
    </message>
    <message>
        <source>(%1 units reviewed: %2 retained, %3 revoked)</source>
        <translation>（复查 %1 个单位：保留 %2 个，撤销 %3 个）</translation>
    </message>
    <message>
        <source>%1 “Civilized Window” recommendation list</source>
        <translation>%1年“文明窗口”推荐名单</translation>
    </message>
    <message>
        <source>Recommendation list</source>
        <translation>推荐名单</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>推荐位次</translation>
    </message>
    <message>
        <source>Local score</source>
        <translation>本级考核得分</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>No recommendations were recorded in the %1 round; there is no list to print.</source>
        <translation>%1年届没有推荐记录，没有可打印的推荐名单。</translation>
    </message>
    <message>
        <source>(%1 units)</source>
        <translation>（共 %1 个单位）</translation>
    </message>
    <message>
        <source>Recommending bureau (seal):</source>
        <translation>推荐单位（盖章）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>cd::Lookup</name>
    <message>
        <source>the region is empty</source>
        <translation>所属地区为空</translation>
    </message>
    <message>
        <source>%1 is not a region code of %2</source>
        <translation>%1 不是%2的行政区划代码</translation>
    </message>
    <message>
        <source>there is no region named %1 in %2</source>
        <translation>%2没有名为“%1”的地区</translation>
    </message>
    <message>
        <source>%1 is ambiguous (%2); give the full name or the code</source>
        <translation>“%1”有歧义（%2）；请填写全称或代码</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New data file...</source>
        <translation>新建数据文件(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open data file...</source>
        <translation>打开数据文件(&amp;O)...</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>备份(&amp;B)...</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CampaignDesk</source>
        <translation>关于文明窗口创建管理系统(&amp;A)</translation>
    </message>
    <message>
        <source>About CampaignDesk</source>
        <translation>关于文明窗口创建管理系统</translation>
    </message>
    <message>
        <source>&lt;b&gt;CampaignDesk %1&lt;/b&gt;&lt;br&gt;Civil-affairs “Civilized Window” creation campaign administration.&lt;br&gt;Data file: %2</source>
        <translation>&lt;b&gt;文明窗口创建管理系统 %1&lt;/b&gt;&lt;br&gt;民政系统基层窗口单位精神文明创建活动管理。&lt;br&gt;数据文件：%2</translation>
    </message>
    <message>
        <source>%1 — CampaignDesk</source>
        <translation>%1 — 文明窗口创建管理系统</translation>
    </message>
    <message>
        <source>%1 round · %2 phase</source>
        <translation>%1 年届 · %2阶段</translation>
    </message>
    <message>
        <source>%1 (between rounds)</source>
        <translation>%1（两届之间）</translation>
    </message>
    <message numerus="yes">
        <source>Next deadline %1 %2: %n working day(s) left</source>
        <translation>
            <numerusform>下一截止日期 %1 %2：还有 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>(no holiday data: counted Monday to Friday)</source>
        <translation>（无节假日数据，按周一至周五计算）</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <source>CampaignDesk data files (*.db);;All files (*)</source>
        <translation>数据文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>新建数据文件</translation>
    </message>
    <message>
        <source>CampaignDesk data files (*.db)</source>
        <translation>数据文件 (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name; an existing file is never overwritten.</source>
        <translation>%1 已存在。请换一个文件名；已有文件不会被覆盖。</translation>
    </message>
    <message>
        <source>backup-%1.db</source>
        <translation>备份-%1.db</translation>
    </message>
    <message>
        <source>Back up data file</source>
        <translation>备份数据文件</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes the next time CampaignDesk starts.</source>
        <translation>下次启动本系统时切换语言。</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>Export to P&amp;DF...</source>
        <translation>导出为 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>Unit roster</source>
        <translation>单位名册</translation>
    </message>
    <message>
        <source>Export to &amp;Excel...</source>
        <translation>导出为 Excel(&amp;E)...</translation>
    </message>
    <message>
        <source>Campaign &amp;lists</source>
        <translation>创建名单(&amp;L)</translation>
    </message>
    <message>
        <source>Naming list of a round...</source>
        <translation>某届命名名单...</translation>
    </message>
    <message>
        <source>Review results of a round...</source>
        <translation>某届复查结果...</translation>
    </message>
    <message>
        <source>Recommendation list of a round...</source>
        <translation>某届推荐名单...</translation>
    </message>
    <message>
        <source>Choose the round</source>
        <translation>选择届次</translation>
    </message>
    <message>
        <source>Naming year of the round:</source>
        <translation>届次（命名年度）：</translation>
    </message>
    <message>
        <source>Print the list, or save it as PDF or Excel?</source>
        <translation>打印名单，还是保存为 PDF 或 Excel？</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>PDF...</source>
        <translation>PDF...</translation>
    </message>
    <message>
        <source>Excel...</source>
        <translation>Excel...</translation>
    </message>
    <message>
        <source>Campaign lists</source>
        <translation>创建名单</translation>
    </message>
    <message>
        <source>Campaign calendar</source>
        <translation>创建日历</translation>
    </message>
    <message>
        <source>Veto events</source>
        <translation>一票否决事件</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>从备份恢复(&amp;R)...</translation>
    </message>
    <message>
        <source>%1 already exists. A restore writes a new file and never overwrites one.</source>
        <translation>%1 已存在。恢复只写入新文件，不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>CampaignDesk data files (*.db *.bak);;All files (*)</source>
        <translation>数据文件和备份 (*.db *.bak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore into a new data file</source>
        <translation>恢复到新的数据文件</translation>
    </message>
    <message>
        <source>restored-%1.db</source>
        <translation>恢复-%1.db</translation>
    </message>
    <message>
        <source>Restored %1 into %2; the file you had open is unchanged.</source>
        <translation>已将 %1 恢复到 %2；原来打开的文件未作改动。</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) overdue</source>
        <translation>
            <numerusform>%n 项整改逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Creation ledger</source>
        <translation>创建台账</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>创建条件</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Demonstration points</source>
        <translation>示范点</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>考核评比</translation>
    </message>
    <message>
        <source>Recommendation and naming</source>
        <translation>推荐与命名</translation>
    </message>
    <message>
        <source>&amp;Operator name...</source>
        <translation>操作员姓名(&amp;O)...</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>操作员姓名</translation>
    </message>
    <message>
        <source>The name the audit trail records for your scores and steps of the way up:</source>
        <translation>审计记录中登记的评分和推荐命名操作人姓名：</translation>
    </message>
    <message>
        <source>The data file is ready</source>
        <translation>数据文件已建好</translation>
    </message>
    <message>
        <source>%1 is ready. Next steps:</source>
        <translation>%1 已建好。接下来：</translation>
    </message>
    <message>
        <source>1. Import the roster of units (Excel or CSV).
2. Check the campaign calendar and its deadlines.
3. Add the assessors of the appraisal.
Your name for the audit trail is set under Edit → Operator name.</source>
        <translation>1. 导入单位名册（Excel 或 CSV）。
2. 核对创建日历和各项截止日期。
3. 添加考核评比的评分人。
记入操作记录的姓名可在“编辑 → 操作员姓名”中修改。</translation>
    </message>
    <message>
        <source>&amp;Import roster...</source>
        <translation>导入名册(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>创建日历(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Assessors</source>
        <translation>评分人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Packages and rece&amp;ipts...</source>
        <translation>上报与接收(&amp;I)...</translation>
    </message>
    <message>
        <source>Connect to a &amp;server...</source>
        <translation>连接服务器(&amp;S)...</translation>
    </message>
    <message>
        <source>Not connected to the server: %1 Reconnecting…</source>
        <translation>与服务器的连接已断开：%1 正在重新连接…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>正在检查副本…</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>恢复已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>A&amp;utomatic backups...</source>
        <translation>自动备份(&amp;U)...</translation>
    </message>
    <message>
        <source>The automatic backup was not made: %1</source>
        <translation>自动备份没有完成：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up automatically to %1 (the newest %n kept).</source>
        <translation>
            <numerusform>已自动备份到 %1（保留最近 %n 份）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Back up the data file the first time it is opened each day</source>
        <translation>每天第一次打开数据文件时自动备份</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>保留最近：</translation>
    </message>
    <message>
        <source>A server database is backed up on the server by its administrator (pg_dump); these copies are made of data files.</source>
        <translation>服务器数据库由管理员在服务器上备份（pg_dump）；自动备份只针对数据文件。</translation>
    </message>
    <message>
        <source>The copies are kept in %1, each with its attached files. To take one back, use File › Restore from a backup.</source>
        <translation>备份保存在 %1，每份连同其附件。需要取回时，请使用“文件 → 从备份恢复”。</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>cd::NewFileDialog</name>
    <message>
        <source>&amp;Region:</source>
        <translation>所属地区(&amp;R)：</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>新建数据文件</translation>
    </message>
    <message>
        <source>Province office (省级)</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City or prefecture bureau (市(州)级)</source>
        <translation>市(州)级</translation>
    </message>
    <message>
        <source>County bureau (县(市、区)级)</source>
        <translation>县(市、区)级</translation>
    </message>
    <message>
        <source>the name written into the audit trail</source>
        <translation>记入操作记录的姓名</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>新建(&amp;C)</translation>
    </message>
    <message>
        <source>A new data file: %1
Which office keeps it? Its province, level and region are written into the file.</source>
        <translation>新建数据文件：%1
由哪一级单位使用？省份、层级和所辖地区将写入数据文件。</translation>
    </message>
</context>
<context>
    <name>cd::Pages</name>
    <message>
        <source>To record it anyway, write the reason. It is kept and shown on the calendar page:</source>
        <translation>如仍要办理，请填写理由。理由将被保存，并在创建日历页显示：</translation>
    </message>
</context>
<context>
    <name>cd::PrerequisitePage</name>
    <message>
        <source>Prerequisites</source>
        <translation>创建条件</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Prerequisite</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>&amp;Record prerequisite...</source>
        <translation>登记条件(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>撤销(&amp;C)</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>届次：</translation>
    </message>
    <message>
        <source>Record a prerequisite</source>
        <translation>登记创建条件</translation>
    </message>
    <message>
        <source>Document, notice or photo that shows it</source>
        <translation>证明材料：文件、公告或照片</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Prerequisite:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>佐证材料：</translation>
    </message>
    <message>
        <source>Clear the prerequisite</source>
        <translation>撤销创建条件</translation>
    </message>
</context>
<context>
    <name>cd::PrerequisiteService</name>
    <message>
        <source>The date of the prerequisite is missing or not a date.</source>
        <translation>前置条件的日期缺失或不是有效日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prerequisite; they are %2.</source>
        <translation>“%1”不是前置条件；可选为：%2。</translation>
    </message>
</context>
<context>
    <name>cd::Reason</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>The display form of a date (QDate::toString format): yyyy年M月d日 in Chinese.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>its unit type is not among the participating types of this round (Implementation Plan §2)</source>
        <translation>单位类别不在本届参加范围内（依据《实施方案》二）</translation>
    </message>
    <message>
        <source>%1 on %2: one-vote veto (Implementation Plan §4(4))</source>
        <translation>%2发生%1，一票否决（依据《实施方案》四（四））</translation>
    </message>
    <message>
        <source>prerequisite not met: %1 (Implementation Plan §5(2))</source>
        <translation>未完成创建前提条件：%1（依据《实施方案》五（二））</translation>
    </message>
    <message>
        <source>no scores were recorded</source>
        <translation>没有评分记录</translation>
    </message>
    <message>
        <source>total %1 is below the pass line %2</source>
        <translation>总分 %1 分，低于合格线 %2 分</translation>
    </message>
    <message>
        <source>no satisfaction survey was recorded</source>
        <translation>没有满意度测评记录</translation>
    </message>
    <message>
        <source>satisfaction %1% is below the minimum %2%</source>
        <translation>满意率 %1%，低于最低要求 %2%</translation>
    </message>
    <message>
        <source>%1 on %2, inside the review period %3 to %4: one-vote veto (Implementation Plan §4(4))</source>
        <translation>复查期（%3至%4）内，%2发生%1，一票否决（依据《实施方案》四（四））</translation>
    </message>
    <message>
        <source>review score %1 is below the pass line %2 (Implementation Plan §5: assessed every two years)</source>
        <translation>复查得分 %1 分，低于合格线 %2 分（依据《实施方案》五 每两年考核一次）</translation>
    </message>
    <message>
        <source>awaiting review scores: the unit has not been scored in this round</source>
        <translation>待复查评分：本届尚未对该单位评分</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>cd::RecordPage</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 / %2 条</translation>
    </message>
    <message numerus="yes">
        <source>(%n record(s))</source>
        <translation>
            <numerusform>（共 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>The records could not be read</source>
        <translation>无法读取记录</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>正在读取记录…</translation>
    </message>
</context>
<context>
    <name>cd::RecordStep</name>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
</context>
<context>
    <name>cd::RectificationPage</name>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>&amp;Record finding...</source>
        <translation>记录问题(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Close with evidence...</source>
        <translation>整改销号(&amp;C)...</translation>
    </message>
    <message>
        <source>Red: open past its deadline</source>
        <translation>红色：逾期未整改</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Closing evidence</source>
        <translation>整改材料</translation>
    </message>
    <message>
        <source>Record a finding</source>
        <translation>记录问题</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>Close the rectification</source>
        <translation>整改销号</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>销号日期：</translation>
    </message>
    <message>
        <source>Closing evidence:</source>
        <translation>整改材料：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Select a finding that is still open</source>
        <translation>请先选中一项尚未整改的问题</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 open, %2 past the deadline</source>
        <translation>
            <numerusform>共 %n 项：%1 项未整改，%2 项逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::RectificationService</name>
    <message>
        <source>A rectification needs the finding.</source>
        <translation>整改事项必须写明发现的问题。</translation>
    </message>
    <message>
        <source>A rectification needs a deadline.</source>
        <translation>整改事项必须有整改期限。</translation>
    </message>
    <message>
        <source>Closing a rectification needs the closing evidence.</source>
        <translation>整改销号必须有整改材料。</translation>
    </message>
</context>
<context>
    <name>cd::Report</name>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The image cannot be read (damaged, or a format this program does not know).</source>
        <translation>图片无法读取（已损坏，或格式无法识别）。</translation>
    </message>
</context>
<context>
    <name>cd::RosterImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is named .xlsx but is not an Excel workbook.</source>
        <translation>%1 扩展名为 .xlsx，但不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>%1 is an old Excel (.xls) file; save it as .xlsx or CSV and import that.</source>
        <translation>%1 是旧版 Excel（.xls）文件；请另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>%1 is not a roster: it is neither an .xlsx workbook nor a text (CSV) file.</source>
        <translation>%1 不是单位名册：既不是 .xlsx 工作簿，也不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>%1, row %2: %3.</source>
        <translation>%1，第 %2 行：%3。</translation>
    </message>
    <message>
        <source>%1 is empty; a roster has a header row (单位名称, 所属地区, 单位类别, …) and one row per unit.</source>
        <translation>%1 是空的；单位名册第一行是表头（单位名称、所属地区、单位类别……），其后每行一个单位。</translation>
    </message>
    <message>
        <source>%1 is not a unit roster: its first row has none of the headers 单位名称, 所属地区, 单位类别.</source>
        <translation>%1 不是单位名册：第一行中没有“单位名称”“所属地区”“单位类别”任何一个表头。</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the required column(s) %2 in its header row.</source>
        <translation>
            <numerusform>%1 的表头缺少必填列：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>the unit name is empty</source>
        <translation>单位名称为空</translation>
    </message>
    <message>
        <source>the unit type is empty</source>
        <translation>单位类别为空</translation>
    </message>
    <message>
        <source>%1 is not a known unit type or alias</source>
        <translation>“%1”不是已知的单位类别或别名</translation>
    </message>
    <message>
        <source>%1 has %2 characters; a credit code has 18</source>
        <translation>%1 有 %2 位；统一社会信用代码应为 18 位</translation>
    </message>
    <message>
        <source>%1: character %2 (%3) is not allowed (0-9, A-H, J-N, P-R, T, U, W-Y)</source>
        <translation>%1：第 %2 位（%3）不是允许的字符（0-9、A-H、J-N、P-R、T、U、W-Y）</translation>
    </message>
    <message>
        <source>%1: the check character should be %2 (GB 32100-2015); is a character mistyped?</source>
        <translation>%1：校验码应为 %2（GB 32100-2015），是否有字符录入错误？</translation>
    </message>
    <message>
        <source>%1 is not a whole number of staff (0 or more)</source>
        <translation>“%1”不是有效的职工人数（应为 0 或正整数）</translation>
    </message>
    <message>
        <source>credit code %1 already appears in row %2</source>
        <translation>统一社会信用代码 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>%1 already appears in row %2 in the same region</source>
        <translation>“%1”已在同一地区的第 %2 行出现</translation>
    </message>
    <message>
        <source>another unit (id %1) in this region already has this name</source>
        <translation>本地区已有同名单位（编号 %1）</translation>
    </message>
    <message>
        <source>credit code %1 belongs to another unit (id %2)</source>
        <translation>统一社会信用代码 %1 属于另一个单位（编号 %2）</translation>
    </message>
    <message>
        <source>row %1 already updates the same unit (id %2)</source>
        <translation>第 %1 行已更新同一单位（编号 %2）</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>%1, row %2: the column %3 appears twice (columns %4 and %5); delete one of them and import again.</source>
        <translation>%1，第 %2 行：“%3”列出现了两次（第 %4 列和第 %5 列）；请删去其中一列后重新导入。</translation>
    </message>
    <message>
        <source>%1 is outside %2, which keeps only the units of its region</source>
        <translation>%1 不在%2的范围内，本文件只能登记本地区的单位</translation>
    </message>
</context>
<context>
    <name>cd::Round</name>
    <message>
        <source>%1 phase ends; naming due</source>
        <translation>%1阶段结束，完成命名</translation>
    </message>
    <message>
        <source>%1 phase ends</source>
        <translation>%1阶段结束</translation>
    </message>
    <message>
        <source>publicity and mobilisation</source>
        <translation>宣传发动</translation>
    </message>
    <message>
        <source>implementation</source>
        <translation>组织实施</translation>
    </message>
    <message>
        <source>summing-up and appraisal</source>
        <translation>总结评比</translation>
    </message>
    <message>
        <source>ongoing work</source>
        <translation>常态创建</translation>
    </message>
</context>
<context>
    <name>cd::RoundPage</name>
    <message>
        <source>Round:</source>
        <translation>届次：</translation>
    </message>
</context>
<context>
    <name>cd::Rounds</name>
    <message>
        <source>%1 is not a round: rounds are named every %2 years, in %3, %4, %5 and so on.</source>
        <translation>%1 年不是届次：每 %2 年命名一次，即 %3、%4、%5 年……</translation>
    </message>
    <message>
        <source>This data file has no %1 round yet. Open it first: on the calendar page choose Add a round, or run &quot;campaigndesk-cli round add --year %1&quot;.</source>
        <translation>本数据文件中还没有 %1 年届。请先新增该届次：在“创建日历”页点击“新增届次”，或运行“campaigndesk-cli round add --year %1”。</translation>
    </message>
    <message>
        <source>The %1 round is open already; change its calendar on the calendar page.</source>
        <translation>%1 年届已经存在；如需调整日程，请在“创建日历”页修改。</translation>
    </message>
</context>
<context>
    <name>cd::ScoreGridModel</name>
    <message>
        <source>The assessor belongs to this unit and may not score it.</source>
        <translation>评分人属于本单位，不得为其评分。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 · %2, 0 to %3 points</source>
        <translation>%1 · %2，0 至 %3 分</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points.</source>
        <translation>“%1”不是有效的分数。</translation>
    </message>
    <message>
        <source>%1 is outside 0…%2 for %3 (unit %4).</source>
        <translation>%1 超出了“%3”的分值范围 0…%2（单位 %4）。</translation>
    </message>
    <message>
        <source>Change a score after the naming</source>
        <translation>命名后修改评分</translation>
    </message>
    <message>
        <source>To change it anyway, write the reason:</source>
        <translation>如确需修改，请写明理由：</translation>
    </message>
</context>
<context>
    <name>cd::ScoreSheet</name>
    <message>
        <source>There is no assessor with id %1.</source>
        <translation>没有编号为 %1 的评分人。</translation>
    </message>
    <message>
        <source>The %1 round has no indicator system yet.</source>
        <translation>%1年届还没有测评体系。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>this sheet is for the %1 round, not %2</source>
        <translation>这是 %1 年届的评分表，不是 %2 年届的</translation>
    </message>
    <message>
        <source>this sheet was made for another version of the %1 indicator system; export a new sheet</source>
        <translation>该表按 %1 年届测评体系的另一版本导出，请重新导出评分表</translation>
    </message>
    <message>
        <source>not an indicator of this round&apos;s system</source>
        <translation>不是本届测评体系中的指标</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of this data file</source>
        <translation>“%1”不是本数据文件中的单位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>%1 is outside 0…%2</source>
        <translation>%1 超出 0…%2 的范围</translation>
    </message>
    <message>
        <source>the same indicator is already in column %1</source>
        <translation>同一指标已在第 %1 列</translation>
    </message>
    <message>
        <source>unit %1 is already scored in row %2</source>
        <translation>单位 %1 已在第 %2 行评分</translation>
    </message>
    <message>
        <source>%1 appraisal score sheet</source>
        <translation>%1年“文明窗口”考核评分表</translation>
    </message>
    <message>
        <source>Assessor: %1 (no. %2)    Stage: %3    Enter a score from 0 to the indicator&apos;s points in each white cell; leave the unit columns and the headers as they are.</source>
        <translation>评分人：%1（编号 %2）&#x3000;&#x3000;评分阶段：%3&#x3000;&#x3000;请在白色单元格内填写 0 至该指标分值之间的分数；单位编号、单位名称两列和表头请勿改动。</translation>
    </message>
    <message>
        <source>%1
%2
(%3 points)</source>
        <translation>%1
%2
（%3分）</translation>
    </message>
    <message>
        <source>&amp;CPage &amp;P of &amp;N</source>
        <translation>&amp;C第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CampaignDesk score sheet (it does not say which round and assessor it is for).</source>
        <translation>%1 不是本系统导出的评分表（其中没有届次和评分人信息）。</translation>
    </message>
</context>
<context>
    <name>cd::Scoring</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Another clerk changed the score of unit %1 (assessor %2, indicator %3) from %4 to %5 after you read it; yours (%6) was not saved.</source>
        <translation>在您读取之后，另一位办事员已将单位 %1（评委 %2，指标 %3）的得分由 %4 改为 %5；您的得分（%6）未保存。</translation>
    </message>
    <message>
        <source>There is no assessor with id %1.</source>
        <translation>没有编号为 %1 的评分人。</translation>
    </message>
    <message>
        <source>Assessor %1 scores in the %2, not in the %3.</source>
        <translation>评分人 %1 参加%2，不参加%3。</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <source>Assessor %1 belongs to unit %2 and may not score it.</source>
        <translation>评分人 %1 属于单位 %2，不得为本单位评分。</translation>
    </message>
    <message>
        <source>Indicator %1 is not part of the %2 indicator system.</source>
        <translation>指标 %1 不属于 %2 年届测评体系。</translation>
    </message>
    <message>
        <source>%1 is outside 0…%2 for indicator %3.</source>
        <translation>%1 超出指标“%3”的 0…%2 分范围。</translation>
    </message>
    <message>
        <source>The %1 round has been named already; its scores change only with a written reason. Give it with --override-reason.</source>
        <translation>%1 年届已经命名；修改其评分必须写明理由。请用 --override-reason 写明。</translation>
    </message>
    <message>
        <source>The %1 round has been named already: changing its scores now changes totals behind a decision that was published.</source>
        <translation>%1 年届已经命名：现在修改评分，会改变已公布的命名决定所依据的总分。</translation>
    </message>
    <message>
        <source>Assessor %1 has given scores; an assessor with scores is kept.</source>
        <translation>评分人 %1 已有评分记录，不能删除。</translation>
    </message>
</context>
<context>
    <name>cd::Stage</name>
    <message>
        <source>provincial assessment</source>
        <translation>省级考核</translation>
    </message>
    <message>
        <source>local appraisal</source>
        <translation>本级评比</translation>
    </message>
</context>
<context>
    <name>cd::SurveyPage</name>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Unit over the round</source>
        <translation>本届单位满意率</translation>
    </message>
    <message>
        <source>Only units below the minimum</source>
        <translation>只看低于最低满意率的单位</translation>
    </message>
    <message>
        <source>&amp;Record survey...</source>
        <translation>录入测评(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>届次：</translation>
    </message>
    <message>
        <source>none returned</source>
        <translation>无回收问卷</translation>
    </message>
    <message>
        <source>%1, below the minimum %2</source>
        <translation>%1，低于最低要求 %2</translation>
    </message>
    <message>
        <source>Record a survey</source>
        <translation>录入满意度测评</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Questionnaires issued:</source>
        <translation>发放问卷：</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>回收问卷：</translation>
    </message>
    <message>
        <source>Satisfied:</source>
        <translation>满意：</translation>
    </message>
    <message>
        <source>Basically satisfied:</source>
        <translation>基本满意：</translation>
    </message>
    <message>
        <source>Dissatisfied:</source>
        <translation>不满意：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>满意率：</translation>
    </message>
    <message>
        <source>Delete the survey</source>
        <translation>删除满意度测评</translation>
    </message>
</context>
<context>
    <name>cd::SurveyService</name>
    <message>
        <source>Survey counts cannot be negative.</source>
        <translation>测评数量不能为负数。</translation>
    </message>
    <message>
        <source>%1 questionnaires returned, but only %2 issued.</source>
        <translation>回收问卷 %1 份，多于发放的 %2 份。</translation>
    </message>
    <message>
        <source>Satisfied %1 + basically satisfied %2 + dissatisfied %3 = %4, but %5 questionnaires were returned; the three counts must add up to the number returned.</source>
        <translation>满意 %1 + 基本满意 %2 + 不满意 %3 = %4，但回收问卷 %5 份；三项之和必须等于回收份数。</translation>
    </message>
</context>
<context>
    <name>cd::TextField</name>
    <message>
        <source>character %1 could not be read: the file&apos;s bytes there are not valid UTF-8 or GB18030 text (the file may be cut short or damaged)</source>
        <translation>第 %1 个字符无法识别：文件中此处的字节不是有效的 UTF-8 或 GB18030 文字（文件可能被截断或已损坏）</translation>
    </message>
    <message>
        <source>character %1 is an invisible control character (code %2); remove it</source>
        <translation>第 %1 个字符是不可见的控制字符（%2），请删除</translation>
    </message>
    <message>
        <source>character %1 is not a valid character</source>
        <translation>第 %1 个字符不是有效字符</translation>
    </message>
    <message>
        <source>it has %1 characters; at most %2 are allowed</source>
        <translation>共 %1 个字符，最多允许 %2 个</translation>
    </message>
</context>
<context>
    <name>cd::TimelineWidget</name>
    <message>
        <source>(passed)</source>
        <translation>（已过）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>还有 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>cd::TitleDecisions</name>
    <message>
        <source>The date is missing or not a date.</source>
        <translation>日期缺失或不是有效日期。</translation>
    </message>
    <message>
        <source>%1 is not a round of the campaign (rounds are named in even years from %2).</source>
        <translation>%1 年不是创建活动的届次（自 %2 年起逢偶数年度命名）。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 on %2 is outside the %3 phase of the %4 round (%5).</source>
        <translation>%2 办理%1，不在 %4 年届%3阶段（%5）内。</translation>
    </message>
    <message>
        <source>%1 on %2 is outside the %3 phase of the %4 round (%5). Give a reason with --override-reason to record it anyway.</source>
        <translation>%2 的%1不在 %4 年届的%3阶段内（%5）。如确需记录，请用 --override-reason 写明理由。</translation>
    </message>
    <message>
        <source>There is no region with code %1.</source>
        <translation>没有代码为 %1 的地区。</translation>
    </message>
    <message>
        <source>A recommendation needs at least one unit.</source>
        <translation>推荐名单至少要有一个单位。</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <source>Unit %1 (%2) is not in region %3.</source>
        <translation>单位 %1（%2）不在%3。</translation>
    </message>
    <message>
        <source>Unit %1 (%2) is already recommended in the %3 round.</source>
        <translation>单位 %1（%2）已在 %3 年届被推荐。</translation>
    </message>
    <message>
        <source>%1 may recommend %2 units in the %3 round; this would make %4.</source>
        <translation>%1在 %3 年届的推荐名额为 %2 个；此次推荐后将达到 %4 个。</translation>
    </message>
    <message>
        <source>unit %1: no local appraisal scores</source>
        <translation>单位 %1：没有本级评比评分</translation>
    </message>
    <message>
        <source>unit %1 (%2): %3</source>
        <translation>单位 %1（%2）：%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Only eligible units can be recommended:
%1</source>
        <translation>只能推荐符合条件的单位：
%1</translation>
    </message>
    <message>
        <source>A recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>A naming needs its document number (文号).</source>
        <translation>命名必须有文号。</translation>
    </message>
    <message>
        <source>A naming needs at least one unit.</source>
        <translation>命名至少要有一个单位。</translation>
    </message>
    <message>
        <source>%1 is not a naming year. Give a reason with --override-reason to record it anyway.</source>
        <translation>%1 年不是命名年度。如确需记录，请用 --override-reason 写明理由。</translation>
    </message>
    <message>
        <source>%1 is not a naming year (Implementation Plan §5: names are given every two years, in even years).</source>
        <translation>%1 年不是命名年度（依据《实施方案》五：每两年命名一次，逢偶数年度进行）。</translation>
    </message>
    <message>
        <source>Unit %1 (%2) was not recommended in the %3 round.</source>
        <translation>单位 %1（%2）未在 %3 年届被推荐。</translation>
    </message>
    <message>
        <source>Unit %1 (%2) already holds the title.</source>
        <translation>单位 %1（%2）已获得“文明窗口”称号。</translation>
    </message>
    <message>
        <source>A naming</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>%1 is not a round of the campaign.</source>
        <translation>%1 年不是创建活动的届次。</translation>
    </message>
    <message>
        <source>Unit %1 (%2) is not due for review in the %3 round: it did not hold the title from an earlier round.</source>
        <translation>单位 %1（%2）不在 %3 年届复查之列：此前各届未获得称号或已被撤销。</translation>
    </message>
    <message>
        <source>Unit %1 (%2) was already reviewed in the %3 round.</source>
        <translation>单位 %1（%2）已在 %3 年届复查过。</translation>
    </message>
    <message>
        <source>A revocation needs its reason (--reason) and document number (--doc-no).</source>
        <translation>撤销称号必须写明原因（--reason）和文号（--doc-no）。</translation>
    </message>
    <message>
        <source>Unit %1 (%2) has no review scores in the %3 round. To retain its title anyway, give the reason (--reason).</source>
        <translation>单位 %1（%2）在 %3 年届尚无复查评分（待复查评分）。如仍要保留称号，请写明理由（--reason）。</translation>
    </message>
    <message>
        <source>Revoking the title of unit %1 (%2) is proposed: %3. To retain it anyway, give the reason (--reason).</source>
        <translation>按规定应撤销单位 %1（%2）的称号：%3。如仍要保留，请写明理由（--reason）。</translation>
    </message>
    <message>
        <source>A review</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>A quota is a number of units, 0 or more, not %1.</source>
        <translation>推荐名额应为 0 或正整数，不能是 %1。</translation>
    </message>
    <message>
        <source>There is no region with id %1.</source>
        <translation>没有编号为 %1 的地区。</translation>
    </message>
</context>
<context>
    <name>cd::UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>18 characters; may be left empty</source>
        <translation>18 位；可以不填</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>所属地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Unit &amp;type:</source>
        <translation>单位类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>负责人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>职工人数(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>cd::UnitDossier</name>
    <message>
        <source>There is no unit with number %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <source>Unit record: %1</source>
        <translation>单位档案：%1</translation>
    </message>
    <message>
        <source>(rounds %1 to %2)</source>
        <translation>（%1年度至%2年度）</translation>
    </message>
    <message>
        <source>1. The unit</source>
        <translation>一、基本情况</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>holds the title</source>
        <translation>保持称号</translation>
    </message>
    <message>
        <source>title revoked</source>
        <translation>称号已撤销</translation>
    </message>
    <message>
        <source>never named</source>
        <translation>未曾命名</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>称号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>2. The title</source>
        <translation>二、荣誉称号</translation>
    </message>
    <message>
        <source>The unit has never been named a “Civilized Window”.</source>
        <translation>该单位未曾被命名为“文明窗口”。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>named</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>retained on review</source>
        <translation>复查保留</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Prerequisite: %1, met on %2%3.</source>
        <translation>前置条件：%1，%2 完成%3。</translation>
    </message>
    <message>
        <source> (evidence: %1)</source>
        <translation>（佐证：%1）</translation>
    </message>
    <message>
        <source>Prerequisite not met: %1.</source>
        <translation>前置条件未完成：%1。</translation>
    </message>
    <message>
        <source>Survey of %1: %2 issued, %3 returned; satisfied %4, basically satisfied %5, dissatisfied %6; satisfaction %7.</source>
        <translation>%1 满意度测评：发放 %2 份，收回 %3 份；满意 %4，基本满意 %5，不满意 %6；满意率 %7。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Satisfaction over the round&apos;s surveys: %1.</source>
        <translation>本届各次测评合计满意率：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Recommended on %1, place %2 on its region&apos;s list%3.</source>
        <translation>%1 推荐，列本地区推荐名单第 %2 位%3。</translation>
    </message>
    <message>
        <source> (outside its phase: %1)</source>
        <translation>（阶段外办理：%1）</translation>
    </message>
    <message>
        <source>Demonstration point at %1 level.</source>
        <translation>%1级示范点。</translation>
    </message>
    <message>
        <source>3.%1 The %2 round</source>
        <translation>（%1）%2年度</translation>
    </message>
    <message>
        <source>3. Rounds</source>
        <translation>三、各届情况</translation>
    </message>
    <message>
        <source>Nothing was recorded for the unit in any round.</source>
        <translation>各届均无该单位的记录。</translation>
    </message>
    <message>
        <source>%1 (%2, SHA-256 %3…)</source>
        <translation>%1（%2，SHA-256 %3…）</translation>
    </message>
    <message>
        <source>4. Veto events</source>
        <translation>四、一票否决事项</translation>
    </message>
    <message>
        <source>No veto event is recorded.</source>
        <translation>无一票否决事项记录。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>5. Activities</source>
        <translation>五、创建活动（台账）</translation>
    </message>
    <message>
        <source>No activity is recorded.</source>
        <translation>无创建活动记录。</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>6. Rectifications</source>
        <translation>六、整改</translation>
    </message>
    <message>
        <source>No rectification is recorded.</source>
        <translation>无整改记录。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>未完成，已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>closed on %1: %2</source>
        <translation>%1 完成：%2</translation>
    </message>
    <message>
        <source>7. Changes to its records</source>
        <translation>七、记录变更</translation>
    </message>
    <message>
        <source>No change is recorded.</source>
        <translation>无变更记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>“Civilized Window” campaign record</source>
        <translation>“文明窗口”创建档案</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>编制日期：%1</translation>
    </message>
    <message>
        <source>%1 veto event: %2</source>
        <translation>%1 一票否决事项：%2</translation>
    </message>
    <message>
        <source>%1 activity: %2</source>
        <translation>%1 创建活动：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: total %2 from %n assessor(s), rank %3 of %4 appraised.</source>
        <translation>
            <numerusform>%1：%n 名评分人评分，总分 %2，在 %4 个参评单位中排第 %3 名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: total %2 from %n assessor(s), not eligible: %3.</source>
        <translation>
            <numerusform>%1：%n 名评分人评分，总分 %2，不符合条件：%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older change(s) are kept in the data file.</source>
        <translation>
            <numerusform>另有 %n 条较早的变更保存在数据文件中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::UnitDossierDialog</name>
    <message>
        <source>&amp;Edit unit...</source>
        <translation>编辑单位(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>%1单位档案.pdf</source>
        <translation>%1单位档案.pdf</translation>
    </message>
    <message>
        <source>A PDF with a cover, contents, bookmarks and the unit&apos;s evidence files bound in</source>
        <translation>生成档案册 PDF：封面、目录、书签，并装订该单位的证明材料</translation>
    </message>
    <message>
        <source>Unit record</source>
        <translation>单位档案</translation>
    </message>
</context>
<context>
    <name>cd::UnitPicker</name>
    <message>
        <source>Type part of the unit&apos;s name or its number</source>
        <translation>输入单位名称的一部分或单位编号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of the roster. Pick one from the list.</source>
        <translation>“%1”不是名册中的单位，请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>cd::UnitService</name>
    <message>
        <source>单位名称: the unit name is empty.</source>
        <translation>单位名称：不能为空。</translation>
    </message>
    <message>
        <source>所属地区: choose a region of the province.</source>
        <translation>所属地区：请选择本省的地区。</translation>
    </message>
    <message>
        <source>单位类别: choose a known unit type.</source>
        <translation>单位类别：请选择已有的单位类别。</translation>
    </message>
    <message>
        <source>统一社会信用代码: %1 has %2 characters; a credit code has 18.</source>
        <translation>统一社会信用代码：%1 有 %2 位，应为 18 位。</translation>
    </message>
    <message>
        <source>统一社会信用代码: character %1 of %2 is not allowed.</source>
        <translation>统一社会信用代码：%2 的第 %1 位不是允许的字符。</translation>
    </message>
    <message>
        <source>统一社会信用代码: the check character of %1 should be %2 (GB 32100-2015).</source>
        <translation>统一社会信用代码：%1 的校验码应为 %2（GB 32100-2015）。</translation>
    </message>
    <message>
        <source>统一社会信用代码: %1 already belongs to unit %2.</source>
        <translation>统一社会信用代码：%1 已属于单位 %2。</translation>
    </message>
    <message>
        <source>单位名称: unit %1 in the same region already has this name.</source>
        <translation>单位名称：同一地区的单位 %1 已使用这个名称。</translation>
    </message>
    <message>
        <source>职工人数: the number of staff cannot be negative.</source>
        <translation>职工人数：不能为负数。</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <source>Unit %1 has scores, recommendations or a title history; it is kept so that the history stays whole.</source>
        <translation>单位 %1 已有评分、推荐或称号记录，为保持历史完整，不能删除。</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>所属地区: the unit&apos;s region is outside %1, which keeps only the units of its region.</source>
        <translation>所属地区：该单位不在%1的范围内；本文件只能登记本地区的单位。</translation>
    </message>
    <message>
        <source>Unit %1 (id %2) was changed or removed by another clerk since; it was left as it is.</source>
        <translation>单位“%1”（编号 %2）此后已被另一位办事员修改或删除；保持原样未动。</translation>
    </message>
</context>
<context>
    <name>cd::UnitTableModel</name>
    <message>
        <source>Holds the title</source>
        <translation>保持称号</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>City (prefecture)</source>
        <translation>市（州）</translation>
    </message>
    <message>
        <source>County (district)</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别分组</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>文明窗口称号</translation>
    </message>
</context>
<context>
    <name>cd::UnitsPage</name>
    <message>
        <source>Unit roster</source>
        <translation>单位名册</translation>
    </message>
    <message>
        <source>Search name, address, contact or credit code</source>
        <translation>搜索单位名称、地址、联系人或信用代码</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>共 %n 个单位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 / %2 个单位</translation>
    </message>
    <message>
        <source>Grassroots window unit roster</source>
        <translation>基层窗口单位名册</translation>
    </message>
    <message numerus="yes">
        <source>(%n unit(s))</source>
        <translation>
            <numerusform>（共 %n 个单位）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New unit...</source>
        <translation>新增单位(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import roster...</source>
        <translation>导入名册(&amp;I)...</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入单位名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>单位名册 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Any title status</source>
        <translation>全部称号状态</translation>
    </message>
    <message>
        <source>Holds the title</source>
        <translation>保持称号</translation>
    </message>
    <message>
        <source>Never named</source>
        <translation>未获命名</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>%1 (city level)</source>
        <translation>%1（市本级）</translation>
    </message>
    <message>
        <source>All unit types</source>
        <translation>全部单位类别</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>正在检查 %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>正在导入 %1...</translation>
    </message>
    <message>
        <source>Loading the roster... %1%</source>
        <translation>正在载入单位名册…… %1%</translation>
    </message>
    <message>
        <source>The roster could not be read</source>
        <translation>无法读取单位名册</translation>
    </message>
    <message>
        <source>Loading the roster...</source>
        <translation>正在载入单位名册……</translation>
    </message>
    <message>
        <source>Unit &amp;record...</source>
        <translation>单位档案(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>cd::VetoPage</name>
    <message>
        <source>Veto events</source>
        <translation>一票否决事件</translation>
    </message>
    <message>
        <source>&amp;Record event...</source>
        <translation>记录事件(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Highlighted: inside the unit&apos;s current veto window</source>
        <translation>底色标出：在该单位本期考核期内的事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Record a veto event</source>
        <translation>记录一票否决事件</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>E&amp;vidence files...</source>
        <translation>证据文件(&amp;V)...</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Evidence files:</source>
        <translation>证据文件：</translation>
    </message>
    <message>
        <source>Evidence of the veto event</source>
        <translation>一票否决事件的证据文件</translation>
    </message>
    <message>
        <source>New &amp;kind...</source>
        <translation>新增类别(&amp;K)...</translation>
    </message>
    <message>
        <source>New veto kind</source>
        <translation>新增一票否决事项类别</translation>
    </message>
    <message>
        <source>The seed&apos;s kinds are %1. Name of the office&apos;s new kind:</source>
        <translation>现有类别：%1。新增类别名称：</translation>
    </message>
</context>
<context>
    <name>cd::VetoService</name>
    <message>
        <source>The date of the veto event is missing or not a date.</source>
        <translation>一票否决事件的日期缺失或不是有效日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a veto kind; the kinds are %2.</source>
        <translation>“%1”不是一票否决事项；可选事项为：%2。</translation>
    </message>
    <message>
        <source>A veto kind needs a name.</source>
        <translation>一票否决事项类别必须有名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a veto kind.</source>
        <translation>“%1”已是一票否决事项类别。</translation>
    </message>
    <message>
        <source>Veto events of the kind &quot;%1&quot; are recorded; the kind is kept.</source>
        <translation>已有“%1”类的一票否决事件记录，该类别不能删除。</translation>
    </message>
    <message>
        <source>There is no veto event with id %1.</source>
        <translation>没有编号为 %1 的一票否决事件。</translation>
    </message>
</context>
<context>
    <name>cd::WayUpPage</name>
    <message>
        <source>Recommendation and naming</source>
        <translation>推荐与命名</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>推荐位次</translation>
    </message>
    <message>
        <source>Unit no.</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Local total</source>
        <translation>本级得分</translation>
    </message>
    <message>
        <source>Reason given outside the phase</source>
        <translation>阶段外办理理由</translation>
    </message>
    <message>
        <source>&amp;Recommend...</source>
        <translation>推荐上报(&amp;R)...</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Province total</source>
        <translation>省级得分</translation>
    </message>
    <message>
        <source>Record the &amp;naming...</source>
        <translation>记录命名(&amp;N)...</translation>
    </message>
    <message>
        <source>Naming</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>Last named or reviewed</source>
        <translation>上次命名或复查</translation>
    </message>
    <message>
        <source>Review score</source>
        <translation>复查得分</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记结果</translation>
    </message>
    <message>
        <source>Re&amp;tain</source>
        <translation>保留(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;voke...</source>
        <translation>撤销(&amp;V)...</translation>
    </message>
    <message>
        <source>Review board</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>revoked %1 %2</source>
        <translation>已撤销 %1 %2</translation>
    </message>
    <message>
        <source>retained %1 %2</source>
        <translation>已保留 %1 %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Recommend to the province</source>
        <translation>向省推荐</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3 points</source>
        <translation>第 %1 名 · %2 · %3 分</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Eligible units, ranked:</source>
        <translation>符合条件的单位（按名次）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Record the naming</source>
        <translation>记录命名</translation>
    </message>
    <message>
        <source>e.g. 吉文明办〔%1〕12号</source>
        <translation>如 吉文明办〔%1〕12号</translation>
    </message>
    <message>
        <source>Document no.:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Recommended units to name:</source>
        <translation>命名的推荐单位：</translation>
    </message>
    <message>
        <source>Retain the title</source>
        <translation>保留称号</translation>
    </message>
    <message>
        <source>Revoke the title of %1</source>
        <translation>撤销 %1 的称号</translation>
    </message>
    <message>
        <source>e.g. 吉文明办〔%1〕30号</source>
        <translation>如 吉文明办〔%1〕30号</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Revoke the title</source>
        <translation>撤销称号</translation>
    </message>
    <message>
        <source>Awaiting review scores</source>
        <translation>待复查评分</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 has no review scores in this round (awaiting review scores). Why is its title retained?</source>
        <translation>%1 本届尚无复查评分（待复查评分）。保留其称号的理由是什么？</translation>
    </message>
    <message>
        <source>Revoking the title of %1 is proposed: %2. Why is it retained?</source>
        <translation>按规定应撤销%1的称号：%2。保留的理由是什么？</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>推荐名额</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <source>Set the &amp;quota...</source>
        <translation>设定名额(&amp;Q)...</translation>
    </message>
    <message>
        <source>No q&amp;uota</source>
        <translation>不限名额(&amp;U)</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>推荐名额</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Quota of %1</source>
        <translation>%1的推荐名额</translation>
    </message>
    <message>
        <source> units</source>
        <translation> 个</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>年届：</translation>
    </message>
    <message>
        <source>Units it may recommend:</source>
        <translation>可推荐单位数：</translation>
    </message>
    <message>
        <source>Set the quota</source>
        <translation>设定推荐名额</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>不限推荐名额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 over the quota</source>
        <translation>超出名额 %1 个</translation>
    </message>
    <message>
        <source>%1 in all; %2 recommended already; %3 more may be recommended.</source>
        <translation>共 %1 个，已推荐 %2 个，还可推荐 %3 个。</translation>
    </message>
    <message>
        <source>None; %1 recommended already.</source>
        <translation>不限，已推荐 %1 个。</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>推荐名额：</translation>
    </message>
    <message>
        <source>Appraising the %1 round to rank its eligible units...</source>
        <translation>正在对 %1 年届进行评比，排出符合条件单位的位次…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>无法读取列表</translation>
    </message>
    <message>
        <source>Reading the list...</source>
        <translation>正在读取列表…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>共 %n 个单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Workbench</name>
    <message>
        <source>The round</source>
        <translation>本届进度</translation>
    </message>
    <message>
        <source>%1 round, %2 phase (%3 to %4)</source>
        <translation>%1 年届 · %2阶段（%3 至 %4）</translation>
    </message>
    <message>
        <source>Between rounds (%1)</source>
        <translation>两届之间（%1）</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>接下来的截止日期</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n working day(s) left</source>
        <translation>
            <numerusform>%1 %2：还有 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing prerequisites for the %1 round (%2 units)</source>
        <translation>%1年届尚缺创建条件的单位（%2 个）</translation>
    </message>
    <message>
        <source>No satisfaction survey in the %1 round (%2 units)</source>
        <translation>%1年届尚无满意度测评的单位（%2 个）</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>逾期未复查</translation>
    </message>
    <message>
        <source>Reviews due in the %1 round</source>
        <translation>%1年届待复查</translation>
    </message>
    <message>
        <source>Rectification overdue</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>%1: %2 (deadline %3)</source>
        <translation>%1：%2（期限 %3）</translation>
    </message>
    <message>
        <source>… and more than %1 more</source>
        <translation>……另有 %1 个以上</translation>
    </message>
    <message>
        <source>Packages waiting for a receipt</source>
        <translation>等待回执的数据包</translation>
    </message>
    <message>
        <source>%1, sent %2 (%3 records)</source>
        <translation>%1，%2 报送（%3 条记录）</translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation>上报冲突</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides, both versions kept</source>
        <translation>
            <numerusform>%n 条记录双方都有修改，两个版本均已保留</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::WorkbenchPage</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Double-click a line to go to its records.</source>
        <translation>双击一行，转到相应记录。</translation>
    </message>
    <message>
        <source>Workbench, %1</source>
        <translation>工作台（%1）</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reading the day&apos;s work...</source>
        <translation>正在读取今天的工作……</translation>
    </message>
</context>
<context>
    <name>cd::Xlsx</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: %2</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：%2</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>它不是 zip 压缩包</translation>
    </message>
    <message>
        <source>the zip archive is damaged</source>
        <translation>zip 压缩包已损坏</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: its part %2 is damaged%3; nothing was imported.</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：其中的部件 %2 已损坏%3；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: its part %2 declares entities (a DTD), which workbooks never do; nothing was imported.</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：其中的部件 %2 含有实体声明（DTD），正常的工作簿不会有；未导入任何内容。</translation>
    </message>
    <message>
        <source> (after shared string %1)</source>
        <translation>（在第 %1 个共享字符串之后）</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: cell %2 (row %3) refers to shared string %4, which the workbook does not have (%5 in all); nothing was imported.</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：单元格 %2（第 %3 行）引用了第 %4 号共享字符串，但工作簿中没有（共 %5 个）；未导入任何内容。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source> after row %1</source>
        <translation>（在第 %1 行之后）</translation>
    </message>
    <message>
        <source> before its first row</source>
        <translation>（在第一行之前）</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook: it has no part %2 (is it a .docx or another zip?)</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：其中没有部件 %2（是不是 .docx 或其他压缩包？）</translation>
    </message>
    <message>
        <source>%1 is not a workbook this program reads: its part %2 expands to %3 MB, over the limit (%4 MB, and beyond %5 MB at most %6 times its compressed size); nothing was imported.</source>
        <translation>%1 不是本程序能读取的工作簿：其中的部件 %2 解压后有 %3 MB，超过限度（最多 %4 MB；超过 %5 MB 时，最多为压缩后大小的 %6 倍）；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>cd::autobackup</name>
    <message>
        <source>Cannot create the folder %1 for the automatic backups.</source>
        <translation>无法创建自动备份文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>The option --%1 is required here.</source>
        <translation>此处必须给出选项 --%1。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 需要整数，不能是“%2”。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for this command.</source>
        <translation>此命令没有选项 --%1。</translation>
    </message>
    <message>
        <source>%1 falls in the %2 round, phase %3 (%4 to %5).</source>
        <translation>%1 属于 %2 年届，%3阶段（%4 至 %5）。</translation>
    </message>
    <message>
        <source>%1 falls between rounds: %2 (ongoing work).</source>
        <translation>%1 不在任何一届的阶段内：%2。</translation>
    </message>
    <message>
        <source>Next deadline: %1, %2 — %3 days, %4 working days left.</source>
        <translation>下一个截止日期：%1，%2——还有 %3 天，其中工作日 %4 天。</translation>
    </message>
    <message>
        <source>No holiday data for %1: working days counted Monday to Friday.</source>
        <translation>没有 %1 年的节假日数据：工作日按周一至周五计算。</translation>
    </message>
    <message>
        <source>%1 is a naming year.</source>
        <translation>%1 年是命名年度。</translation>
    </message>
    <message>
        <source>%1 is not a naming year.</source>
        <translation>%1 年不是命名年度。</translation>
    </message>
    <message>
        <source>Previous naming year: %1.</source>
        <translation>上一命名年度：%1。</translation>
    </message>
    <message>
        <source>Next naming year: %1.</source>
        <translation>下一命名年度：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) due for review in this round.</source>
        <translation>
            <numerusform>本届应复查单位 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a year such as 2014, not &quot;%2&quot;.</source>
        <translation>--%1 需要年份（如 2014），不能是“%2”。</translation>
    </message>
    <message>
        <source>--level %1 needs --region CODE, the region this office serves.</source>
        <translation>--level %1 需要用 --region 代码 指明本单位所辖地区。</translation>
    </message>
    <message>
        <source>%1 is already a data file with data in it; init leaves it as it is.</source>
        <translation>%1 已是含有数据的数据文件；init 不会改动它。</translation>
    </message>
    <message>
        <source>Created %1 for %2: %3 regions, %4 unit types, the default indicator system and the 2014 round.</source>
        <translation>已为%2新建 %1：%3 个行政区划、%4 个单位类别、默认测评体系和 2014 年届。</translation>
    </message>
    <message>
        <source>%1 is sound: integrity and schema checks passed (schema version %2).</source>
        <translation>%1 完好：完整性和结构检查均已通过（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Backed up to %1 and checked the copy.</source>
        <translation>已备份到 %1，并检查了备份副本。</translation>
    </message>
    <message>
        <source>--units takes a number from 0 to 2000000.</source>
        <translation>--units 需要 0 到 2000000 之间的数。</translation>
    </message>
    <message>
        <source>Demo data: %1 units, %2 veto events, %3 surveys, %4 namings, %5 revocations.</source>
        <translation>演示数据：%1 个单位、%2 起一票否决事件、%3 次满意度测评、命名 %4 次、撤销 %5 次。</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>units import takes one file: units import FILE [--only-valid]</source>
        <translation>units import 需要一个文件：units import 文件 [--only-valid]</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, so nothing was imported. Correct them, or use --only-valid to import the good rows.</source>
        <translation>
            <numerusform>有 %n 行未通过检查，因此未导入任何内容。请更正这些行，或用 --only-valid 只导入合格的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s).</source>
        <translation>
            <numerusform>共 %n 个单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>export takes one KIND: units, recommendations, nominations or reviews.</source>
        <translation>export 需要一个种类：units、recommendations、nominations 或 reviews。</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv, not &quot;%1&quot;.</source>
        <translation>输出文件的扩展名必须是 .xlsx 或 .csv，不能是“%1”。</translation>
    </message>
    <message>
        <source>--encoding is utf-8 or gb18030, not &quot;%1&quot;.</source>
        <translation>--encoding 只能是 utf-8 或 gb18030，不能是“%1”。</translation>
    </message>
    <message>
        <source>Unknown export kind &quot;%1&quot;: units, recommendations, nominations or reviews.</source>
        <translation>未知的导出种类“%1”：应为 units、recommendations、nominations 或 reviews。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>The report file must end in .pdf.</source>
        <translation>报表文件的扩展名必须是 .pdf。</translation>
    </message>
    <message>
        <source>Unknown report kind &quot;%1&quot;.</source>
        <translation>未知的报表种类“%1”。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>已生成 %1（共 %2 页）。</translation>
    </message>
    <message>
        <source>--assessor takes an assessor id.</source>
        <translation>--assessor 需要评分人编号。</translation>
    </message>
    <message>
        <source>scores import takes one file: scores import FILE.xlsx</source>
        <translation>scores import 需要一个文件：scores import 评分表.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were rejected, so no score was imported.</source>
        <translation>
            <numerusform>有 %n 个单元格未通过检查，因此未导入任何评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 scores of assessor %2 for the %3 round.</source>
        <translation>已导入评分人 %2 在 %3 年届的 %1 个评分。</translation>
    </message>
    <message>
        <source>--%1 takes unit ids separated by commas, not &quot;%2&quot;.</source>
        <translation>--%1 需要用逗号分隔的单位编号，不能是“%2”。</translation>
    </message>
    <message>
        <source>Recorded veto event %1.</source>
        <translation>已记录一票否决事件 %1。</translation>
    </message>
    <message>
        <source>Recorded the prerequisite.</source>
        <translation>已记录前置条件。</translation>
    </message>
    <message>
        <source>Recorded survey %1: satisfaction %2%.</source>
        <translation>已记录满意度测评 %1：满意率 %2%。</translation>
    </message>
    <message>
        <source>Added assessor %1.</source>
        <translation>已添加评分人 %1。</translation>
    </message>
    <message>
        <source>--stage is local or province, not &quot;%1&quot;.</source>
        <translation>--stage 只能是 local 或 province，不能是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) appraised.</source>
        <translation>
            <numerusform>共考核 %n 个单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>--outcome is retained or revoked, not &quot;%1&quot;.</source>
        <translation>--outcome 只能是 retained 或 revoked，不能是“%1”。</translation>
    </message>
    <message>
        <source>Recorded the review of unit %1: %2.</source>
        <translation>已记录单位 %1 的复查结论：%2。</translation>
    </message>
    <message>
        <source>Recorded rectification %1.</source>
        <translation>已记录整改事项 %1。</translation>
    </message>
    <message>
        <source>Closed rectification %1.</source>
        <translation>整改事项 %1 已销号。</translation>
    </message>
    <message>
        <source>There is no rectification with id %1.</source>
        <translation>没有编号为 %1 的整改事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s) overdue.</source>
        <translation>
            <numerusform>有 %n 项整改逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the veto kind %1.</source>
        <translation>已新增一票否决事项类别 %1。</translation>
    </message>
    <message>
        <source>--quota takes a number of units or none, not &quot;%1&quot;.</source>
        <translation>--quota 应为名额数或 none，不能是“%1”。</translation>
    </message>
    <message>
        <source>%1 may recommend %2 units in the %3 round.</source>
        <translation>%1 在 %3 年届可推荐 %2 个单位。</translation>
    </message>
    <message>
        <source>%1 has no quota in the %2 round.</source>
        <translation>%1 在 %2 年届不限推荐名额。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded activity %1 with %n attached file(s).</source>
        <translation>
            <numerusform>已记录创建活动 %1，附件 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit %1 is a %2-level demonstration point in %3.</source>
        <translation>单位 %1 为 %3 年%2级示范点。</translation>
    </message>
    <message>
        <source>&quot;campaigndesk-cli --help&quot; lists every command.</source>
        <translation>“campaigndesk-cli --help”列出全部命令。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Opened the %1 round: %2 to %3, with the indicator system of the round before (or the default). Change its dates on the calendar page if they differ.</source>
        <translation>已新增 %1 年届：%2 至 %3，测评体系沿用上一届（或默认体系）。日程如有不同，请在“创建日历”页修改。</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>--region: %1. Give a 6-digit code such as 220000 (the province), 220100 (a city) or 220102 (a county).</source>
        <translation>--region：%1。请填写 6 位代码，例如 220000（全省）、220100（市）或 220102（县区）。</translation>
    </message>
    <message>
        <source>--unit takes a unit&apos;s number as units list shows it.</source>
        <translation>--unit 后面应是“units list”列出的单位编号。</translation>
    </message>
    <message>
        <source>%1 is not a round of the campaign.</source>
        <translation>%1 年不是创建活动的届次。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Prerequisite</source>
        <translation>创建条件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>report takes one KIND: appraisal-form, summary, recommendation-list, naming-list, review-list, score-ledger, unit-dossier or application.</source>
        <translation>report 需要一种报表：appraisal-form、summary、recommendation-list、naming-list、review-list、score-ledger、unit-dossier 或 application。</translation>
    </message>
    <message>
        <source>The application file must end in .odt or .pdf.</source>
        <translation>申报材料文件须以 .odt 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已生成 %1。</translation>
    </message>
    <message>
        <source>package import takes one file: package import FILE.cdx --receipt-out RECEIPT.cdr</source>
        <translation>package import 需要一个文件：package import 文件.cdx --receipt-out 回执.cdr</translation>
    </message>
    <message>
        <source>Refused %1 %2: %3</source>
        <translation>拒收 %1 %2：%3</translation>
    </message>
    <message>
        <source>The package %1 was applied before; nothing changed. Its receipt is in %2.</source>
        <translation>数据包 %1 此前已导入，未作改动。回执已写入 %2。</translation>
    </message>
    <message>
        <source>Applied the package %1 from %2: %3 applied, %4 unchanged, %5 in conflict, %6 refused. The receipt is in %7.</source>
        <translation>已导入%2的数据包 %1：导入 %3 条，未变 %4 条，冲突 %5 条，拒收 %6 条。回执已写入 %7。</translation>
    </message>
    <message>
        <source>package receipt takes one file: package receipt RECEIPT.cdr</source>
        <translation>package receipt 需要一个文件：package receipt 回执.cdr</translation>
    </message>
    <message>
        <source>No package has been sent or received.</source>
        <translation>尚未报送或接收任何数据包。</translation>
    </message>
    <message>
        <source>%1 sent %2 (%3 records, %4 files): %5</source>
        <translation>%1 报送 %2（记录 %3 条，文件 %4 个）：%5</translation>
    </message>
    <message>
        <source>waiting for its receipt</source>
        <translation>等待回执</translation>
    </message>
    <message>
        <source>receipt recorded %1</source>
        <translation>回执已于 %1 登记</translation>
    </message>
    <message>
        <source>%1 received %2: %3 applied, %4 unchanged, %5 in conflict, %6 refused</source>
        <translation>%1 接收 %2：导入 %3 条，未变 %4 条，冲突 %5 条，拒收 %6 条</translation>
    </message>
    <message>
        <source>init makes a data file; a server database is set up by its administrator with &quot;server init&quot;.</source>
        <translation>init 用于新建数据文件；服务器数据库由管理员用“server init”建立。</translation>
    </message>
    <message>
        <source>server commands work on a server database: give --db postgresql://LOGIN@HOST[:PORT]/DATABASE.</source>
        <translation>server 命令用于服务器数据库：请用 --db postgresql://登录名@主机[:端口]/数据库 指定。</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市(州)级</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县(市、区)级</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Set up %1 for %2: %3 regions, %4 unit types; every table keeps its rows by region. Add a login for each clerk with &quot;server add-clerk&quot;.</source>
        <translation>已为%2建立 %1：%3 个地区，%4 个单位类别；每张数据表按地区保管数据。请用“server add-clerk”为每位办事员添加登录。</translation>
    </message>
    <message>
        <source>%1 is at schema version %2.</source>
        <translation>%1 的数据结构为版本 %2。</translation>
    </message>
    <message>
        <source>Added the login %1 for %2 (%3).</source>
        <translation>已为%2（%3）添加登录名 %1。</translation>
    </message>
    <message>
        <source>Password: %1 (give it to the clerk; it is not shown again).</source>
        <translation>密码：%1（请交给该办事员；不会再次显示）。</translation>
    </message>
    <message>
        <source>No clerk has a login yet.</source>
        <translation>尚未给任何办事员添加登录。</translation>
    </message>
    <message>
        <source>Removed the login %1; the records it made stay.</source>
        <translation>已删除登录名 %1；其录入的记录保留。</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables from %3 into %4, with the attached files. Add a login for each clerk with &quot;server add-clerk&quot;.</source>
        <translation>已将 %3 的 %2 张数据表共 %1 行及其附件复制到 %4。请用“server add-clerk”为每位办事员添加登录。</translation>
    </message>
    <message>
        <source>backup copies a data file; a server database is backed up by its administrator with PostgreSQL&apos;s own pg_dump.</source>
        <translation>backup 用于备份数据文件；服务器数据库由其管理员用 PostgreSQL 自带的 pg_dump 备份。</translation>
    </message>
    <message>
        <source>Usage: campaigndesk-cli [--db PATH] COMMAND [ARGS] [--json] [--lang zh_CN|en]
Commands:
  init [--province CODE] [--level province|city|county] [--region CODE]
  calendar --date YYYY-MM-DD
  cycle --year YYYY
  units import FILE [--only-valid]
  units list [--region CODE] [--type NAME]
  demo --units N [--seed S]
  check
  backup --out FILE
  export units|nominations|reviews|recommendations [--round YYYY] --out FILE.xlsx|FILE.csv [--encoding utf-8|gb18030]
  report naming-list|review-list|appraisal-form|summary|recommendation-list|score-ledger --round YYYY [--unit ID] [--region CODE] [--stage local|province] --out FILE.pdf
  report unit-dossier --unit ID [--from Y] [--to Y] --out FILE.pdf; report application --unit ID --round Y --out FILE.odt|FILE.pdf
  veto add --unit ID --kind KIND --date D [--note T]
  prereq set --unit ID --round Y --kind standards-published|leading-group --date D
  survey add --unit ID --round Y --issued N --returned N --satisfied N --basic N --dissatisfied N
  assessors add --name NAME [--unit ID] [--region CODE] [--stage local|province]
  appraise --round Y [--stage local|province]
  assess --round Y   (the provincial assessment: appraise --stage province)
  recommend --round Y --region CODE --units ID,ID,... --date D [--override-reason T]
  name --round Y --doc-no T --date D --units ID,... [--override-reason T]
  review --round Y --unit ID --outcome retained|revoked --date D [--reason T] [--doc-no T]
  status --date YYYY-MM-DD
  rectification add --unit ID --finding T --deadline D [--source T] [--owner T]; rectification close --id N --date D --evidence T
  quota set --round Y --region CODE --quota N|none; veto kind add --name T
  activity add --unit ID --date D --kind K [--participants N] [--note T] [--file F[;F…]]
  demo-point set --unit ID --year Y --level 省|市|县
  round add --year Y
  package export --out FILE.cdx [--since RECEIPT.cdr] [--to CODE]; package import FILE.cdx --receipt-out RECEIPT.cdr [--trust-new-sender]
  package receipt RECEIPT.cdr [--trust-new-sender]; package list; package conflicts [--all]; package decide --conflict ID --keep incoming|local
  server init [--province CODE]; server migrate; server add-clerk --login NAME --region CODE [--password P]
  server list-clerks; server remove-clerk --login NAME; server copy --from FILE   (with --db postgresql://LOGIN@HOST[:PORT]/DATABASE)
  veto list, survey list, prereq list, activity list, rectification list, demo-point list  [--unit ID] [--round Y] [--region CODE]
  export score-sheet --round Y --assessor ID --out F.xlsx; scores import F.xlsx [--round Y] [--override-reason T]
Exit codes: 0 done, 1 usage error, 2 bad input or refused action, 3 storage error.</source>
        <translation>用法：campaigndesk-cli [--db 路径] 命令 [参数] [--json] [--lang zh_CN|en]
命令：
  init [--province CODE] [--level province|city|county] [--region CODE]
  calendar --date YYYY-MM-DD
  cycle --year YYYY
  units import FILE [--only-valid]
  units list [--region CODE] [--type NAME]
  demo --units N [--seed S]
  check
  backup --out FILE
  export units|nominations|reviews|recommendations [--round YYYY] --out FILE.xlsx|FILE.csv [--encoding utf-8|gb18030]
  report naming-list|review-list|appraisal-form|summary|recommendation-list|score-ledger --round YYYY [--unit ID] [--region CODE] [--stage local|province] --out FILE.pdf
  report unit-dossier --unit ID [--from Y] [--to Y] --out FILE.pdf；report application --unit ID --round Y --out FILE.odt|FILE.pdf
  veto add --unit ID --kind KIND --date D [--note T]
  prereq set --unit ID --round Y --kind standards-published|leading-group --date D
  survey add --unit ID --round Y --issued N --returned N --satisfied N --basic N --dissatisfied N
  assessors add --name NAME [--unit ID] [--region CODE] [--stage local|province]
  appraise --round Y [--stage local|province]
  assess --round Y   （省级考核：即 appraise --stage province）
  recommend --round Y --region CODE --units ID,ID,... --date D [--override-reason T]
  name --round Y --doc-no T --date D --units ID,... [--override-reason T]
  review --round Y --unit ID --outcome retained|revoked --date D [--reason T] [--doc-no T]
  status --date YYYY-MM-DD
  rectification add --unit ID --finding T --deadline D [--source T] [--owner T]; rectification close --id N --date D --evidence T
  quota set --round Y --region CODE --quota N|none; veto kind add --name T
  activity add --unit ID --date D --kind K [--participants N] [--note T] [--file F[;F…]]
  demo-point set --unit ID --year Y --level 省|市|县
  round add --year Y
  package export --out 文件.cdx [--since 回执.cdr] [--to 下级地区代码]；package import 文件.cdx --receipt-out 回执.cdr [--trust-new-sender]
  package receipt 回执.cdr [--trust-new-sender]；package list；package conflicts [--all]；package decide --conflict 编号 --keep incoming|local
  server init [--province 代码]；server migrate；server add-clerk --login 登录名 --region 代码 [--password 密码]
  server list-clerks；server remove-clerk --login 登录名；server copy --from 数据文件   （均配合 --db postgresql://登录名@主机[:端口]/数据库）
  veto list, survey list, prereq list, activity list, rectification list, demo-point list  [--unit ID] [--round Y] [--region CODE]
  export score-sheet --round Y --assessor ID --out F.xlsx; scores import F.xlsx [--round Y] [--override-reason T]
退出码：0 完成，1 用法错误，2 输入有误或操作被拒绝，3 存储错误。</translation>
    </message>
    <message>
        <source>No conflict is waiting for a decision.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Conflict %1: %2</source>
        <translation>冲突 %1：%2</translation>
    </message>
    <message>
        <source>  %1: this file “%2”, the package “%3”</source>
        <translation>  %1：本文件“%2”，数据包“%3”</translation>
    </message>
    <message>
        <source>--conflict takes the number that &quot;package conflicts&quot; shows.</source>
        <translation>--conflict 应为“package conflicts”列出的编号。</translation>
    </message>
    <message>
        <source>--keep is incoming (the package&apos;s version) or local (this file&apos;s).</source>
        <translation>--keep 应为 incoming（采用数据包的版本）或 local（保留本文件的版本）。</translation>
    </message>
    <message>
        <source>Conflict %1: the package&apos;s version is now in this file.</source>
        <translation>冲突 %1：已采用数据包的版本。</translation>
    </message>
    <message>
        <source>Conflict %1: this file&apos;s version is kept.</source>
        <translation>冲突 %1：已保留本文件的版本。</translation>
    </message>
    <message>
        <source>Conflict %1: %2 (decided: the package&apos;s version taken)</source>
        <translation>冲突 %1：%2（已处理：采用数据包的版本）</translation>
    </message>
    <message>
        <source>Conflict %1: %2 (decided: this file&apos;s version kept)</source>
        <translation>冲突 %1：%2（已处理：保留本文件的版本）</translation>
    </message>
    <message>
        <source>--to takes the code of the region below whose office the package goes to.</source>
        <translation>--to 后面写接收数据包的下级地区代码。</translation>
    </message>
    <message>
        <source>%1 sent %2 down to the office of %3 (%4 records, %5 files): %6</source>
        <translation>%1 下发 %2 至 %3（记录 %4 条，文件 %5 个）：%6</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the receipt of the package %1: %n record(s) acknowledged.</source>
        <translation>
            <numerusform>已登记数据包 %1 的回执：确认 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded recommendation %1 of %n unit(s).</source>
        <translation>
            <numerusform>已记录推荐名单 %1，共 %n 个单位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded naming %1 of %n unit(s).</source>
        <translation>
            <numerusform>已记录命名 %1，共 %n 个单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the package %1 to %2: %3, %4.</source>
        <translation>已生成数据包 %1：%2，%3，%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>证明材料 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1, updated %2, %3 unchanged, %4 rejected.</source>
        <translation>新导入 %1，更新 %2 个，%3 个无变化，%4未通过检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n new unit(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1: %2; %3 due for review in the %4 round; %5.</source>
        <translation>%1：%2；%4 年届应复查 %3 个；%5。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) hold the title</source>
        <translation>
            <numerusform>%n 个单位保持称号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>逾期未复查 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%2 中没有 %1</translation>
    </message>
    <message>
        <source>%1 belongs to another version of the program</source>
        <translation>%1 属于另一版本的程序</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: it is damaged, or a library it needs is missing</source>
        <translation>%1 无法载入：文件已损坏，或缺少它所需的库</translation>
    </message>
    <message>
        <source>Reports cannot be written: a part of the program is missing (%1). Install CampaignDesk again.</source>
        <translation>无法生成报表：程序缺少一个组成部分（%1）。请重新安装本程序（文明窗口创建管理系统）。</translation>
    </message>
</context>
<context>
    <name>cd::gui</name>
    <message>
        <source>Cannot open the data file</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <source>Choose another data file?</source>
        <translation>是否选择其他数据文件？</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <source>Usage: campaigndesk [--db FILE] [FILE]</source>
        <translation>用法：campaigndesk [--db 数据文件] [数据文件]</translation>
    </message>
    <message>
        <source>CampaignDesk</source>
        <translation>文明窗口创建管理系统</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>未知的选项：%1</translation>
    </message>
    <message>
        <source>Give one data file.</source>
        <translation>只能指定一个数据文件。</translation>
    </message>
    <message>
        <source>--today takes a date such as 2014-06-01.</source>
        <translation>--today 后面应是日期，例如 2014-06-01。</translation>
    </message>
    <message>
        <source>Opens the data file FILE, or the server at postgresql://LOGIN@HOST/DATABASE, and shows the main window. Without a file it opens the file used last.

  --db FILE    the data file or server to open
  --help       shows this help
  --version    shows the program&apos;s version

campaigndesk-cli does the same work without windows: campaigndesk-cli --help</source>
        <translation>打开指定的数据文件或服务器（postgresql://登录名@主机/数据库），并显示主窗口。不指定时，打开上次使用的文件。

  --db 数据文件    要打开的数据文件或服务器
  --help           显示本说明
  --version        显示程序版本

命令行程序 campaigndesk-cli 不开窗口，完成同样的工作：campaigndesk-cli --help</translation>
    </message>
</context>
</TS>
