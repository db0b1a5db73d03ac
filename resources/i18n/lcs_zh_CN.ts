<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>填报</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>computed from energy data</source>
        <translation>由能源数据计算</translation>
    </message>
    <message>
        <source>scored by the panel</source>
        <translation>由评审专家打分</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>[Gate] </source>
        <translation>【控制项】</translation>
    </message>
    <message>
        <source>%1 file(s)</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ 缺少</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>History of the item…</source>
        <translation>该条目的修改记录…</translation>
    </message>
    <message>
        <source>Show only items still lacking evidence</source>
        <translation>仅显示仍缺少证明材料的条目</translation>
    </message>
    <message>
        <source>%1 item(s) still lack evidence: %2</source>
        <translation>%1 个条目仍缺少证明材料：%2</translation>
    </message>
    <message>
        <source>Every item that needs evidence has some.</source>
        <translation>所有需要证明材料的条目均已附材料。</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>填报 %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Evidence required</source>
        <translation>需要证明材料</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>已关联的证明材料</translation>
    </message>
    <message>
        <source>No evidence linked yet: add it on the Evidence tab and tick this item.</source>
        <translation>尚未关联证明材料：请在“证明材料”页添加并勾选本条目。</translation>
    </message>
</context>
<context>
    <name>EnergyGridModel</name>
    <message>
        <source>estimated</source>
        <translation>估算值</translation>
    </message>
    <message>
        <source>meter %1</source>
        <translation>计量表 %1</translation>
    </message>
    <message>
        <source>%1, %2: “%3” %4 — not stored</source>
        <translation>%1，%2：“%3” %4 —— 未保存</translation>
    </message>
</context>
<context>
    <name>EnergyTab</name>
    <message>
        <source>Add carrier or meter…</source>
        <translation>添加能源品种或计量表…</translation>
    </message>
    <message>
        <source>Mark as estimated</source>
        <translation>标记为估算值</translation>
    </message>
    <message>
        <source>Mark as measured</source>
        <translation>标记为实测值</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation>从电子表格粘贴</translation>
    </message>
    <message>
        <source>History of the cell…</source>
        <translation>该单元格的修改记录…</translation>
    </message>
    <message>
        <source>Type a value and press Enter: it is stored at once. Paste a block copied from a spreadsheet with Ctrl+V. Values marked ≈ are estimates.</source>
        <translation>输入数值后按回车即刻保存。可用 Ctrl+V 粘贴从电子表格复制的整块数据。标有 ≈ 的为估算值。</translation>
    </message>
    <message>
        <source>%1 months × %2 columns · %3 values stored · %4 estimated</source>
        <translation>%1 个月 × %2 列 · 已保存 %3 个数值 · 估算 %4 个</translation>
    </message>
    <message>
        <source>Period totals: %1</source>
        <translation>统计期合计：%1</translation>
    </message>
    <message>
        <source>%1 value(s) not accepted; nothing was stored:</source>
        <translation>%1 个数值未通过校验，全部未保存：</translation>
    </message>
    <message>
        <source>Enter %1 values</source>
        <translation>录入 %1 个数值</translation>
    </message>
    <message>
        <source>Enter %1 for %2</source>
        <translation>录入 %2 的%1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The pasted block is larger than the grid from the chosen cell; nothing was stored.</source>
        <translation>粘贴的数据块超出了从所选单元格开始的表格范围，全部未保存。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Taken: %1</source>
        <translation>拍摄时间：%1</translation>
    </message>
    <message>
        <source>Taken: unknown (no EXIF time)</source>
        <translation>拍摄时间：未知（无 EXIF 时间）</translation>
    </message>
    <message>
        <source>GPS: %1, %2</source>
        <translation>GPS：%1, %2</translation>
    </message>
    <message>
        <source>GPS: none</source>
        <translation>GPS：无</translation>
    </message>
    <message>
        <source>Original SHA-256: %1</source>
        <translation>原始文件 SHA-256：%1</translation>
    </message>
    <message>
        <source>Stored (downscaled) SHA-256: %1</source>
        <translation>存储（缩小后）SHA-256：%1</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>关联条目：%1</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>由 %1 于 %2 添加</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Add photos or documents…</source>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Drop files here. Photos are downscaled to the size set in Settings; the original&apos;s SHA-256, time and GPS are kept.</source>
        <translation>可将文件拖放到此处。照片按设置中的尺寸缩小，保留原始文件的 SHA-256、拍摄时间和 GPS。</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Evidence for items:</source>
        <translation>作为以下条目的证明材料：</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>add evidence</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <source>Importing evidence…</source>
        <translation>正在导入证明材料…</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Add %1 files</source>
        <translation>添加 %1 个文件</translation>
    </message>
    <message>
        <source>Choose a photo or document to see its details.</source>
        <translation>选择一张照片或一个文件以查看详情。</translation>
    </message>
    <message>
        <source>Caption of %1</source>
        <translation>%1 的说明</translation>
    </message>
    <message>
        <source>Links of %1</source>
        <translation>%1 的关联条目</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证明材料</translation>
    </message>
    <message>
        <source>Remove “%1” from this assessment? This cannot be undone; the removal is recorded in the history.</source>
        <translation>从本评估中移除“%1”？此操作不能撤销，移除将记入修改记录。</translation>
    </message>
    <message>
        <source>remove evidence</source>
        <translation>移除证明材料</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>History of this field</source>
        <translation>该字段的修改记录</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>全部字段</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>School</source>
        <translation>校园</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Public facility</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Early planning</source>
        <translation>前期规划</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建设施工</translation>
    </message>
    <message>
        <source>Completion acceptance</source>
        <translation>竣工验收</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Demolition</source>
        <translation>拆除</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>计量表</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>授予</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>未授予</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>Awaiting panel</source>
        <translation>待专家评审</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Site registered</source>
        <translation>登记场地</translation>
    </message>
    <message>
        <source>Site field changed</source>
        <translation>修改场地信息</translation>
    </message>
    <message>
        <source>Assessment opened</source>
        <translation>创建评估</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>新增数值</translation>
    </message>
    <message>
        <source>Value changed</source>
        <translation>修改数值</translation>
    </message>
    <message>
        <source>Value deleted</source>
        <translation>删除数值</translation>
    </message>
    <message>
        <source>Values imported</source>
        <translation>批量导入数值</translation>
    </message>
    <message>
        <source>Answer set</source>
        <translation>填报条目</translation>
    </message>
    <message>
        <source>Answer note set</source>
        <translation>填写条目备注</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <source>Evidence changed</source>
        <translation>修改证明材料</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>移除证明材料</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Review started</source>
        <translation>开始评审</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>Amendment started</source>
        <translation>开始修订</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Preparing the demo campaign…</source>
        <translation>正在准备示例评选批次…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>New site…</source>
        <translation>新建场地…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Check &amp;&amp; submit…</source>
        <translation>检查并提交…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Re-score all</source>
        <translation>全部重新评分</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open or create a campaign first.</source>
        <translation>请先打开或创建一个评选批次。</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>Assessment databases (*.sqlite3 *.db)</source>
        <translation>评估数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>%1 candidates re-scored</source>
        <translation>已重新评分 %1 个候选场地</translation>
    </message>
    <message>
        <source>Re-scoring all candidates…</source>
        <translation>正在为全部候选场地重新评分…</translation>
    </message>
    <message>
        <source>Low-carbon demonstration sites: field assessment, scoring, review and award dossiers, offline.
Qt %1</source>
        <translation>低碳示范基地：现场评估、评分、评审与授牌材料，全部离线完成。
Qt %1</translation>
    </message>
    <message>
        <source>Low-carbon demonstration sites — assessment</source>
        <translation>低碳示范基地 —— 评估</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>评选批次：</translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>授牌材料</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Open review panel…</source>
        <translation>打开专家评审…</translation>
    </message>
    <message>
        <source>Award dossiers…</source>
        <translation>授牌材料…</translation>
    </message>
    <message>
        <source>Offline packages…</source>
        <translation>离线数据包…</translation>
    </message>
    <message>
        <source>Not available in this build: %1</source>
        <translation>此版本暂不可用：%1</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>已提交。</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Someone else saved a change to this record after you opened it. Your change was not saved, so theirs is not overwritten. The editor now shows what is stored; make your change again if it is still needed.</source>
        <translation>在您打开之后，其他人已保存了对此记录的修改。您的修改未保存，因此不会覆盖对方的修改。编辑器现在显示的是已保存的内容；如仍需要，请重新修改。</translation>
    </message>
    <message>
        <source>Last change: %1 by %2 at %3.</source>
        <translation>最近的修改：%2 于 %3 修改了 %1。</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it). Your change was not saved; try again in a moment.</source>
        <translation>数据库正忙（另一个程序正在写入）。本次修改未保存，请稍后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Your change was not saved; free some space and try again.</source>
        <translation>磁盘已满。本次修改未保存，请释放空间后重试。</translation>
    </message>
    <message>
        <source>A problem with the computer&apos;s files or database stopped this action:</source>
        <translation>计算机文件或数据库出现问题，操作未能完成：</translation>
    </message>
    <message>
        <source>Nothing was stored:</source>
        <translation>全部未保存：</translation>
    </message>
    <message>
        <source>Not accepted:</source>
        <translation>未被接受：</translation>
    </message>
    <message>
        <source>Not possible:</source>
        <translation>无法执行：</translation>
    </message>
    <message>
        <source>An unexpected error occurred (a bug). Your saved data is safe. Please report this with the details below.</source>
        <translation>发生意外错误（程序缺陷）。已保存的数据是安全的。请附上下面的详细信息报告此问题。</translation>
    </message>
    <message>
        <source>Low-carbon sites</source>
        <translation>低碳示范基地</translation>
    </message>
</context>
<context>
    <name>NewSiteDialog</name>
    <message>
        <source>New site</source>
        <translation>新建场地</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>场景类型</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Life-cycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限的数值</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>必须为“是”或“否”</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>is outside the reporting period %1 to %2</source>
        <translation>不在统计期 %1 至 %2 之内</translation>
    </message>
    <message>
        <source>is implausibly large for one month (check the unit: %1)</source>
        <translation>作为一个月的数值大得不合理（请检查单位：%1）</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>ScoreTab</name>
    <message>
        <source>Gate</source>
        <translation>控制项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Evidence required</source>
        <translation>需要证明材料</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Data-quality alert</source>
        <translation>数据质量提示</translation>
    </message>
    <message>
        <source>To reach</source>
        <translation>目标等级</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>可增分</translation>
    </message>
    <message>
        <source>Gates (must all pass)</source>
        <translation>控制项（须全部通过）</translation>
    </message>
    <message>
        <source>What-if (hypothetical, never stored)</source>
        <translation>假设分析（仅为假设，不会保存）</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>试算</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>概况：%1</translation>
    </message>
    <message>
        <source>What-if: </source>
        <translation>假设：</translation>
    </message>
    <message>
        <source>No tier reached</source>
        <translation>未达到任何等级</translation>
    </message>
    <message>
        <source>next: %1 at %2</source>
        <translation>下一等级：%1（%2 分）</translation>
    </message>
    <message>
        <source>Criteria %1 %2 · factors %3</source>
        <translation>评价标准 %1 %2 · 排放因子 %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>HYPOTHETICAL — what-if values are not stored. Stored score: %1; with these changes: %2.</source>
        <translation>假设情形 —— 假设值不会保存。已保存数据的得分：%1；按这些假设：%2。</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Add carrier or meter</source>
        <translation>添加能源品种或计量表</translation>
    </message>
    <message>
        <source>e.g. M-01 (optional)</source>
        <translation>例如 M-01（可选）</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Meter id</source>
        <translation>计量表编号</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>This assessment has been submitted. Why are you changing it?
(%1)</source>
        <translation>该评估已提交。请说明修改原因：
（%1）</translation>
    </message>
    <message>
        <source>Change cancelled: a reason is required after submission.</source>
        <translation>修改已取消：提交后的修改必须填写原因。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your name, recorded with every change</source>
        <translation>您的姓名，将随每次修改记录</translation>
    </message>
    <message>
        <source>A database file, or a shared server: postgresql+psycopg://user@host/db</source>
        <translation>数据库文件，或共享服务器：postgresql+psycopg://用户@主机/数据库</translation>
    </message>
    <message>
        <source>Beside the database file (a server needs a shared folder)</source>
        <translation>与数据库文件同目录（使用服务器时需共享文件夹）</translation>
    </message>
    <message>
        <source>Found automatically (SimHei, YaHei, WenQuanYi…)</source>
        <translation>自动查找（黑体、微软雅黑、文泉驿…）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>%1 px (long edge)</source>
        <translation>%1 像素（长边）</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估员</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Database (file or server URL)</source>
        <translation>数据库（文件或服务器地址）</translation>
    </message>
    <message>
        <source>Evidence folder</source>
        <translation>证明材料文件夹</translation>
    </message>
    <message>
        <source>Chinese font for PDFs</source>
        <translation>PDF 中文字体</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <source>This font cannot be embedded in PDFs or lacks Chinese characters. Choose a TrueType font such as SimHei, Microsoft YaHei or WenQuanYi Zen Hei.</source>
        <translation>该字体无法嵌入 PDF 或缺少汉字。请选择 TrueType 字体，例如黑体、微软雅黑或文泉驿正黑。</translation>
    </message>
    <message>
        <source>Photo size on import</source>
        <translation>导入照片尺寸</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Assessment databases (*.sqlite3 *.db)</source>
        <translation>评估数据库 (*.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>Choose a site in the list</source>
        <translation>请在列表中选择一个场地</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Energy &amp;&amp; resources</source>
        <translation>能源与资源</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>评价清单</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>%1 · %2 · period %3 to %4 · revision %5 · assessor %6</source>
        <translation>%1 · %2 · 统计期 %3 至 %4 · 第 %5 版 · 评估员 %6</translation>
    </message>
    <message>
        <source>Returned for correction by the reviewer: %1</source>
        <translation>评审退回修改：%1</translation>
    </message>
    <message>
        <source>Submitted: every change now needs a reason and is recorded in the history.</source>
        <translation>已提交：此后每次修改都须填写原因，并记入修改记录。</translation>
    </message>
    <message>
        <source>Decided: this revision can no longer be changed.</source>
        <translation>已作出决定：此版本不能再修改。</translation>
    </message>
</context>
<context>
    <name>SiteListPanel</name>
    <message>
        <source>Search name, code, district…</source>
        <translation>搜索名称、编号、所在区…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>%1 of %2 sites</source>
        <translation>显示 %1 / 共 %2 个场地</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>示例数据</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Check and submit</source>
        <translation>检查并提交</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>This assessment is %1 and cannot be submitted again.</source>
        <translation>该评估状态为“%1”，不能再次提交。</translation>
    </message>
    <message>
        <source>Submission is blocked: fix the %1 error(s) below. Warnings do not block.</source>
        <translation>无法提交：请先修正下列 %1 个错误。警告不影响提交。</translation>
    </message>
    <message>
        <source>Ready to submit, with %1 warning(s).</source>
        <translation>可以提交，有 %1 个警告。</translation>
    </message>
    <message>
        <source>Everything checked: ready to submit.</source>
        <translation>检查完毕：可以提交。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
</TS>
