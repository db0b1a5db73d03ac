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
    <name>Errors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 —— %3</translation>
    </message>
    <message>
        <source>cannot submit, fix these first: %1</source>
        <translation>无法提交，请先修正：%1</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls, perhaps renamed); open it in Excel and save it as .xlsx</source>
        <translation>%1 是旧版 Excel 97-2003 工作簿（.xls，可能被改了扩展名）；请在 Excel 中打开并另存为 .xlsx</translation>
    </message>
    <message>
        <source>%1 is not an Excel .xlsx workbook or a CSV file</source>
        <translation>%1 不是 Excel .xlsx 工作簿，也不是 CSV 文件</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 大于 %2 MB</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GBK text; save it as &apos;CSV UTF-8&apos; and try again</source>
        <translation>%1 既不是 UTF-8 也不是 GBK 编码的文本；请另存为“CSV UTF-8”后重试</translation>
    </message>
    <message>
        <source>%1 has %2 rows (at most %3)</source>
        <translation>%1 有 %2 行（最多 %3 行）</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has values out to row %2, column %3 (at most %4 rows and %5 columns); delete the stray cells</source>
        <translation>工作表“%1”的数据一直延伸到第 %2 行、第 %3 列（最多 %4 行、%5 列）；请删除多余的单元格</translation>
    </message>
    <message>
        <source>%1 is password-protected; remove the password in Excel (File &gt; Info &gt; Protect Workbook) and import again</source>
        <translation>%1 设有密码保护；请在 Excel 中取消密码（文件 &gt; 信息 &gt; 保护工作簿）后重新导入</translation>
    </message>
    <message>
        <source>%1 is not a safe .xlsx workbook: %2</source>
        <translation>%1 不是安全的 .xlsx 工作簿：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 已损坏（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be read as a workbook (%2)</source>
        <translation>%1 无法作为工作簿读取（%2）</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook</source>
        <translation>%1 是 zip 文件，但不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>%1: no sheet with known columns (use &apos;python main.py template&apos; to get a workbook with the right headers)</source>
        <translation>%1：没有包含可识别列的工作表（可用“python main.py template”获取列标题正确的工作簿）</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; nothing was stored. First: %3</source>
        <translation>%2 中有 %1 个问题，全部未保存。第一个问题：%3</translation>
    </message>
    <message>
        <source>the campaign of this preview no longer exists</source>
        <translation>此预览对应的批次已不存在</translation>
    </message>
    <message>
        <source>the assessment here is decided or superseded: start an amendment before taking the incoming value</source>
        <translation>本机的评估已决定或已被取代：请先开始修订，再采用导入的值</translation>
    </message>
    <message>
        <source>the %1 no longer exists here</source>
        <translation>该%1在本机已不存在</translation>
    </message>
    <message>
        <source>conflict %1 was already resolved (%2) by %3</source>
        <translation>冲突 %1 已由 %3 解决（%2）</translation>
    </message>
    <message>
        <source>no conflict with id &apos;%1&apos;</source>
        <translation>没有 id 为“%1”的冲突</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot export its package (it would carry the panel&apos;s data of that candidate)</source>
        <translation>%1 与 %2 存在利益冲突，不能导出其数据包（数据包会包含评审组对该候选项目的数据）</translation>
    </message>
    <message>
        <source>%1 evidence file(s) are missing from the evidence folder (first: %2); nothing was exported</source>
        <translation>证明材料文件夹中缺少 %1 个证明材料文件（第一个：%2）；未导出任何内容</translation>
    </message>
    <message>
        <source>evidence file %1 is damaged in the evidence folder (its content no longer matches its SHA-256); nothing was exported</source>
        <translation>证明材料文件夹中的文件 %1 已损坏（内容与其 SHA-256 不再一致）；未导出任何内容</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1)</source>
        <translation>manifest.json 不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>this zip is not an offline package of this app (manifest format is missing)</source>
        <translation>此 zip 文件不是本软件的离线数据包（缺少清单格式）</translation>
    </message>
    <message>
        <source>manifest.json has no schema_version</source>
        <translation>manifest.json 缺少 schema_version</translation>
    </message>
    <message>
        <source>the package was made by a newer version of the app (package schema %1, this app reads up to %2); update the app first</source>
        <translation>该数据包由更新版本的软件生成（数据包结构版本 %1，本软件最多可读取 %2）；请先更新软件</translation>
    </message>
    <message>
        <source>manifest.json: %1 is missing or not an id</source>
        <translation>manifest.json：%1 缺失或不是有效的 id</translation>
    </message>
    <message>
        <source>manifest.json lists no members</source>
        <translation>manifest.json 没有列出任何成员文件</translation>
    </message>
    <message>
        <source>manifest.json: member entry %1 lacks a name, sha256 or size</source>
        <translation>manifest.json：成员条目 %1 缺少名称、sha256 或大小</translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice</source>
        <translation>manifest.json 重复列出了 %1</translation>
    </message>
    <message>
        <source>member %1 is not named by its SHA-256</source>
        <translation>成员文件 %1 没有以其 SHA-256 命名</translation>
    </message>
    <message>
        <source>member %1 is larger than %2 MB</source>
        <translation>成员文件 %1 大于 %2 MB</translation>
    </message>
    <message>
        <source>manifest.json lists an unexpected member %1</source>
        <translation>manifest.json 列出了意外的成员文件 %1</translation>
    </message>
    <message>
        <source>member %1 is listed in the manifest but missing from the archive</source>
        <translation>成员文件 %1 列在清单中，但压缩包里没有</translation>
    </message>
    <message>
        <source>the archive holds %1, which the manifest does not list</source>
        <translation>压缩包中含有清单未列出的文件 %1</translation>
    </message>
    <message>
        <source>the package holds no site data</source>
        <translation>该数据包不含任何场地数据</translation>
    </message>
    <message>
        <source>campaign %1 requires signed packages and this one is not signed</source>
        <translation>批次 %1 要求数据包带签名，但此数据包未签名</translation>
    </message>
    <message>
        <source>signature.json is damaged</source>
        <translation>signature.json 已损坏</translation>
    </message>
    <message>
        <source>bad signature: the package was altered, or signed with another campaign&apos;s key</source>
        <translation>签名无效：数据包已被改动，或用其他批次的密钥签名</translation>
    </message>
    <message>
        <source>member %1 does not have the size the manifest says</source>
        <translation>成员文件 %1 的大小与清单不符</translation>
    </message>
    <message>
        <source>%1 evidence file(s) of the data are not in the package (refused so that no photo goes missing)</source>
        <translation>数据引用的 %1 个证明材料文件不在数据包中（已拒绝导入，以免照片丢失）</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>导入已取消，没有任何更改</translation>
    </message>
    <message>
        <source>member %1 is not valid JSON (%2)</source>
        <translation>成员文件 %1 不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>member %1 does not hold package records</source>
        <translation>成员文件 %1 不含数据包记录</translation>
    </message>
    <message>
        <source>member %1: %2 records are malformed</source>
        <translation>成员文件 %1：%2记录格式错误</translation>
    </message>
    <message>
        <source>member %1: evidence %2 has no valid SHA-256</source>
        <translation>成员文件 %1：证明材料 %2 没有有效的 SHA-256</translation>
    </message>
    <message>
        <source>member %1: monthly data %2 %3: %4</source>
        <translation>成员文件 %1：%2 %3 的月度数据：%4</translation>
    </message>
    <message>
        <source>this package was made from this very database; there is nothing to import</source>
        <translation>此数据包正是由本数据库生成的，没有需要导入的内容</translation>
    </message>
    <message>
        <source>the package&apos;s records do not fit this database (nothing was imported): %1</source>
        <translation>数据包中的记录与本数据库不相容（未导入任何内容）：%1</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (truncated or damaged: %2)</source>
        <translation>%1 不是可读取的 zip 压缩包（文件不完整或已损坏：%2）</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the archive has %1 entries (at most %2 are accepted)</source>
        <translation>压缩包有 %1 个条目（最多接受 %2 个）</translation>
    </message>
    <message>
        <source>member %1 has an empty name</source>
        <translation>成员文件 %1 的名称为空</translation>
    </message>
    <message>
        <source>member %1 contains a NUL or control character</source>
        <translation>成员文件 %1 的名称含有 NUL 或控制字符</translation>
    </message>
    <message>
        <source>member %1 contains a backslash</source>
        <translation>成员文件 %1 的名称含有反斜杠</translation>
    </message>
    <message>
        <source>member %1 is an absolute path</source>
        <translation>成员文件 %1 是绝对路径</translation>
    </message>
    <message>
        <source>member %1 starts with a drive letter</source>
        <translation>成员文件 %1 以盘符开头</translation>
    </message>
    <message>
        <source>member %1 climbs out of the folder with &apos;..&apos; (path traversal)</source>
        <translation>成员文件 %1 用“..”跳出了文件夹（路径穿越）</translation>
    </message>
    <message>
        <source>member %1 is an archive inside the archive (nested archives are not accepted)</source>
        <translation>成员文件 %1 是压缩包中的压缩包（不接受嵌套压缩包）</translation>
    </message>
    <message>
        <source>member %1 is a symbolic link</source>
        <translation>成员文件 %1 是符号链接</translation>
    </message>
    <message>
        <source>member %1 is encrypted (password-protected archives are not accepted)</source>
        <translation>成员文件 %1 已加密（不接受设有密码的压缩包）</translation>
    </message>
    <message>
        <source>member %1 appears twice (duplicate of %2)</source>
        <translation>成员文件 %1 出现了两次（与 %2 重复）</translation>
    </message>
    <message>
        <source>member %1 would unpack to %2 bytes (at most %3 per member)</source>
        <translation>成员文件 %1 解压后有 %2 字节（每个成员最多 %3 字节）</translation>
    </message>
    <message>
        <source>member %1 expands %2 times (a zip bomb; at most %3:1)</source>
        <translation>成员文件 %1 解压后膨胀 %2 倍（疑似压缩炸弹；最多 %3:1）</translation>
    </message>
    <message>
        <source>the archive would unpack to more than %1 bytes</source>
        <translation>压缩包解压后将超过 %1 字节</translation>
    </message>
    <message>
        <source>members %1 and %2 overlap inside the archive (a zip bomb)</source>
        <translation>成员文件 %1 与 %2 在压缩包内重叠（疑似压缩炸弹）</translation>
    </message>
    <message>
        <source>member %1 runs past the end of the file (truncated archive)</source>
        <translation>成员文件 %1 超出了文件末尾（压缩包不完整）</translation>
    </message>
    <message>
        <source>member %1 is larger than %2 bytes</source>
        <translation>成员文件 %1 大于 %2 字节</translation>
    </message>
    <message>
        <source>the archive has no %1</source>
        <translation>压缩包中没有 %1</translation>
    </message>
    <message>
        <source>member %1 cannot be read (truncated or damaged: %2)</source>
        <translation>无法读取成员文件 %1（文件不完整或已损坏：%2）</translation>
    </message>
    <message>
        <source>member %1 is larger than the manifest says</source>
        <translation>成员文件 %1 比清单所写的大</translation>
    </message>
    <message>
        <source>member %1 does not match its SHA-256 in the manifest (altered or damaged)</source>
        <translation>成员文件 %1 与清单中的 SHA-256 不符（已被改动或已损坏）</translation>
    </message>
    <message>
        <source>File is not a zip file</source>
        <translation>不是 zip 文件</translation>
    </message>
    <message>
        <source>Truncated file header</source>
        <translation>文件头不完整</translation>
    </message>
    <message>
        <source>Bad magic number for file header</source>
        <translation>文件头的标识不正确</translation>
    </message>
    <message>
        <source>Bad magic number for central directory</source>
        <translation>中央目录的标识不正确</translation>
    </message>
    <message>
        <source>Bad CRC-32 for file %1</source>
        <translation>文件 %1 的 CRC-32 校验值不正确</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>[Errno %1] %2: %3</source>
        <translation>%2（错误号 %1）：%3</translation>
    </message>
    <message>
        <source>[Errno %1] %2</source>
        <translation>%2（错误号 %1）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known person; use --actor with your name as registered</source>
        <translation>“%1”不是已登记的人员；请使用登记时的姓名（--actor）</translation>
    </message>
    <message>
        <source>%1 has no role in campaign %2</source>
        <translation>%1 在批次 %2 中没有任何角色</translation>
    </message>
    <message>
        <source>%1 cannot %2: only the %3 may do that (your role: %4)</source>
        <translation>%1 不能%2：只有%3可以这样做（您的角色：%4）</translation>
    </message>
    <message>
        <source>cannot %1 in the %2 phase (allowed in: %3)</source>
        <translation>在“%2”阶段不能%1（允许的阶段：%3）</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot %3</source>
        <translation>%1 与 %2 存在利益冲突，不能%3</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2; it cannot be part of your comparison</source>
        <translation>%1 与 %2 存在利益冲突，该项目不能纳入您的对比</translation>
    </message>
    <message>
        <source>%1 cannot see this decision: %2</source>
        <translation>%1 无法查看此决定：%2</translation>
    </message>
    <message>
        <source>conflict of interest: nothing of this candidate&apos;s panel review is shown</source>
        <translation>存在利益冲突：不显示该候选项目评审的任何内容</translation>
    </message>
    <message>
        <source>only the panel and the secretariat see panel scores</source>
        <translation>只有评审组和秘书处能看到评审评分</translation>
    </message>
    <message>
        <source>independent phase: others&apos; scores stay hidden until the chair opens the read phase</source>
        <translation>独立评分阶段：在组长开启“查阅他人评分”阶段之前，他人的评分不予显示</translation>
    </message>
    <message>
        <source>independent phase: the secretariat sees completion counts only</source>
        <translation>独立评分阶段：秘书处只能看到完成情况统计</translation>
    </message>
    <message>
        <source>score every judgement item of this candidate first; then others&apos; scores are shown</source>
        <translation>请先为该候选项目的每个评审判断项打分，之后才会显示他人的评分</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot %3 (panel scores and comments of that candidate are hidden from them)</source>
        <translation>%1 与 %2 存在利益冲突，不能%3（该候选项目的评审评分和意见对其不可见）</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot %3: it shows the panel&apos;s scores and comments of that candidate</source>
        <translation>%1 与 %2 存在利益冲突，不能%3：其中包含评审组对该候选项目的评分和意见</translation>
    </message>
    <message>
        <source>%1 cannot %2 for %3 yet: it shows other members&apos; panel scores and comments, which stay hidden from you in this phase</source>
        <translation>%1 目前还不能%2（%3）：其中包含其他成员的评审评分和意见，本阶段对您不可见</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2 and cannot get the panel&apos;s summary report (it shows their totals); ask the secretariat</source>
        <translation>%1 与 %2 存在利益冲突，不能获取评审汇总报告（报告包含其总分）；请联系秘书处</translation>
    </message>
    <message>
        <source>%1 cannot get the panel&apos;s summary report yet: totals of %2 include other members&apos; panel scores hidden from you in this phase</source>
        <translation>%1 目前还不能获取评审汇总报告：%2 的总分包含本阶段对您不可见的其他成员评审评分</translation>
    </message>
    <message>
        <source>%1 is not before the panel (its assessment is %2)</source>
        <translation>%1 不在评审中（其评估状态为“%2”）</translation>
    </message>
    <message>
        <source>%1 is decided; no scoring after the decision</source>
        <translation>%1 已决定；决定之后不能再评分</translation>
    </message>
    <message>
        <source>%1 is not under review</source>
        <translation>%1 不在评审中</translation>
    </message>
    <message>
        <source>scores cannot be entered or changed in the %1 phase (only in the independent and revise phases)</source>
        <translation>在“%1”阶段不能录入或修改评分（仅限独立评分和修改评分阶段）</translation>
    </message>
    <message>
        <source>%1 is not on the panel of %2</source>
        <translation>%1 不是 %2 评审组的成员</translation>
    </message>
    <message>
        <source>the panel is in the %1 phase and cannot go back to %2: scores already seen cannot be unseen</source>
        <translation>评审组处于“%1”阶段，不能退回“%2”阶段：已看过的评分无法当作没看过</translation>
    </message>
    <message>
        <source>the aggregation method cannot change in the decision phase</source>
        <translation>决定阶段不能更改汇总方法</translation>
    </message>
    <message>
        <source>a chair cannot dismiss a conflict of their own; ask the secretariat to record the panel&apos;s decision</source>
        <translation>组长不能驳回涉及自己的利益冲突；请由秘书处记录评审组的决定</translation>
    </message>
    <message>
        <source>%1 is not a panel score file</source>
        <translation>%1 不是评审评分文件</translation>
    </message>
    <message>
        <source>%1 is not a panel score file (not readable JSON: %2)</source>
        <translation>%1 不是评审评分文件（不是可读取的 JSON：%2）</translation>
    </message>
    <message>
        <source>%1 was written by another version of the app (file format %2, expected %3)</source>
        <translation>%1 由其他版本的软件写出（文件格式 %2，应为 %3）</translation>
    </message>
    <message>
        <source>%1 was changed after it was exported (checksum mismatch); nothing was imported. Ask the member to export their scores again.</source>
        <translation>%1 在导出后被改动过（校验和不符）；未导入任何内容。请该成员重新导出评分。</translation>
    </message>
    <message>
        <source>%1 holds scores for campaign %2, not %3; nothing was imported</source>
        <translation>%1 中是批次 %2 的评分，而不是 %3 的；未导入任何内容</translation>
    </message>
    <message>
        <source>%1 was changed after it was exported (signature does not match); nothing was imported</source>
        <translation>%1 在导出后被改动过（签名不符）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the member named in the file is not the person of that name here</source>
        <translation>%1：文件中注明的成员与本机同名的人员不是同一人</translation>
    </message>
    <message>
        <source>%1 holds the scores of %2, not of %3; nothing was imported</source>
        <translation>%1 中是 %2 的评分，而不是 %3 的；未导入任何内容</translation>
    </message>
    <message>
        <source>%1 holds the scores of %2; %3 may import only their own scores (the secretariat imports anyone&apos;s)</source>
        <translation>%1 中是 %2 的评分；%3 只能导入自己的评分（秘书处可导入任何人的评分）</translation>
    </message>
    <message>
        <source>%1: scores cannot be imported in the %2 phase (only in the independent and revise phases)</source>
        <translation>%1：在“%2”阶段不能导入评分（仅限独立评分和修改评分阶段）</translation>
    </message>
    <message>
        <source>%1: %2: the candidate is not in campaign %3</source>
        <translation>%1：%2：该候选项目不在批次 %3 中</translation>
    </message>
    <message>
        <source>%1: %2: %3; nothing was imported</source>
        <translation>%1：%2：%3；未导入任何内容</translation>
    </message>
    <message>
        <source> by %1 at %2 UTC (%3)</source>
        <translation>（%1 于 %2 UTC 修改了%3）</translation>
    </message>
    <message>
        <source>The database is in use by another program (or another window of this app) and stayed locked for %1 s. Nothing was saved; close the other program or try again.</source>
        <translation>数据库正被另一个程序（或本软件的另一个窗口）使用，锁定已超过 %1 秒。未保存任何内容；请关闭另一个程序或重试。</translation>
    </message>
    <message>
        <source>Someone else was saving a long change on %1 for more than %2 s (e.g. an import). Nothing was saved; try again.</source>
        <translation>有人正在 %1 上保存一项耗时较长的修改（例如导入），已超过 %2 秒。未保存任何内容；请重试。</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost while saving. Nothing was saved; check the network (or ask whoever runs the server) and try again.</source>
        <translation>保存时与数据库服务器 %1 的连接中断。未保存任何内容；请检查网络（或联系服务器管理员）后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database (%2). %3</source>
        <translation>%1 无法作为数据库打开（%2）。%3</translation>
    </message>
    <message>
        <source>%1 failed its integrity check (%2). %3</source>
        <translation>%1 未通过完整性检查（%2）。%3</translation>
    </message>
    <message>
        <source>Restore the latest backup from the &apos;backups&apos; folder beside it (python main.py restore BACKUP --db %1), or open another database.</source>
        <translation>请从同一位置的“backups”文件夹恢复最近的备份（python main.py restore BACKUP --db %1），或打开其他数据库。</translation>
    </message>
    <message>
        <source>cannot reach the database server %1: %2</source>
        <translation>无法连接数据库服务器 %1：%2</translation>
    </message>
    <message>
        <source>the database on %1 failed its check (%2); ask whoever runs the server to restore its latest dump</source>
        <translation>%1 上的数据库未通过检查（%2）；请服务器管理员恢复最近的转储</translation>
    </message>
    <message>
        <source>This database has schema version %1, written by a newer version of the app. Update the app before opening it; the file was not changed.</source>
        <translation>此数据库的结构版本为 %1，由更新版本的软件写入。请先更新软件再打开；文件未被改动。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 已存在；请换一个文件名</translation>
    </message>
    <message>
        <source>backup of %1 failed its integrity check: %2</source>
        <translation>%1 的备份未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 failed its integrity check (%2); choose another backup</source>
        <translation>%1 未通过完整性检查（%2）；请选择其他备份</translation>
    </message>
    <message>
        <source>%1 is not a usable database: %2</source>
        <translation>%1 不是可用的数据库：%2</translation>
    </message>
    <message>
        <source>this database has no evidence folder configured</source>
        <translation>本数据库未配置证明材料文件夹</translation>
    </message>
    <message>
        <source>no site with id, code or name &apos;%1&apos;</source>
        <translation>没有 id、编号或名称为“%1”的场地</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 sites; use the site code</source>
        <translation>“%1”匹配到 %2 个场地；请使用场地编号</translation>
    </message>
    <message>
        <source>no campaign with id or code &apos;%1&apos;</source>
        <translation>没有 id 或编号为“%1”的批次</translation>
    </message>
    <message>
        <source>there is no campaign yet; run &apos;python main.py demo&apos; or create one</source>
        <translation>还没有任何批次；请运行“python main.py demo”或新建一个批次</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; has no assessment</source>
        <translation>场地“%1”没有评估</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; has no assessment in this campaign</source>
        <translation>场地“%1”在本批次中没有评估</translation>
    </message>
    <message>
        <source>assessment %1 does not exist</source>
        <translation>评估 %1 不存在</translation>
    </message>
    <message>
        <source>no criteria set for site type &apos;%1&apos; in campaign %2</source>
        <translation>批次 %2 中没有适用于场地类型“%1”的评价标准</translation>
    </message>
    <message>
        <source>assessment revision %1 is decided and cannot be changed; start an amendment (a new revision) instead</source>
        <translation>评估第 %1 版已决定，不能再修改；请开始修订（新建一个版本）</translation>
    </message>
    <message>
        <source>assessment revision %1 has been superseded by a newer revision</source>
        <translation>评估第 %1 版已被更新的版本取代</translation>
    </message>
    <message>
        <source>the assessment is %1: every change needs a reason</source>
        <translation>该评估处于“%1”状态：每项修改都需要填写理由</translation>
    </message>
    <message>
        <source>revision %1 has been superseded; %2 the newest revision</source>
        <translation>第 %1 版已被取代；请%2最新版本</translation>
    </message>
    <message>
        <source>cannot %1 an assessment that is %2 (allowed from: %3)</source>
        <translation>无法%1处于“%2”状态的评估（仅允许的状态：%3）</translation>
    </message>
    <message>
        <source>%1 was changed%2 after you opened it (your copy is version %3, the stored one version %4). Nothing was saved: reload to see the other change, then make yours again.</source>
        <translation>%1在您打开之后已被修改%2。您的副本为第 %3 版，已保存的为第 %4 版。未保存任何内容：请重新加载查看对方的修改，然后再修改一次。</translation>
    </message>
    <message>
        <source>the assessment of site &apos;%1&apos;</source>
        <translation>场地“%1”的评估</translation>
    </message>
    <message>
        <source>site &apos;%1&apos;</source>
        <translation>场地“%1”</translation>
    </message>
    <message>
        <source>%1 has not been awarded (status %2, outcome %3); a certificate is issued for awarded sites only</source>
        <translation>%1 未获授予（状态“%2”，结果“%3”）；证书只颁发给已获授予的场地</translation>
    </message>
    <message>
        <source>this PDF carries no dossier fingerprint (not issued by this app, or altered)</source>
        <translation>此 PDF 不带评审档案指纹（不是本软件出具的，或已被改动）</translation>
    </message>
    <message>
        <source>the assessment %1 of this document is not in this database</source>
        <translation>本数据库中没有此文件对应的评估 %1</translation>
    </message>
    <message>
        <source>signing certificate not found: %1</source>
        <translation>找不到签名证书：%1</translation>
    </message>
    <message>
        <source>could not read the signing certificate %1 (wrong passphrase?)</source>
        <translation>无法读取签名证书 %1（口令错误？）</translation>
    </message>
    <message>
        <source>signing is configured but pyHanko is not installed (pip install &apos;lowcarbon-sites[sign]&apos;)</source>
        <translation>已配置签名，但未安装 pyHanko（pip install &apos;lowcarbon-sites[sign]&apos;）</translation>
    </message>
    <message>
        <source>the dossier worker processes stopped unexpectedly (%1); %2 of %3 dossiers were written</source>
        <translation>生成评审档案的工作进程意外停止（%1）；已写出 %2 份，共 %3 份</translation>
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
    <name>Fields</name>
    <message>
        <source>carrier</source>
        <translation>能源类型</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>meter_id</source>
        <translation>计量表编号</translation>
    </message>
    <message>
        <source>source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>record_ids</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>period</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>period_end</source>
        <translation>统计期结束</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>item</source>
        <translation>评价项</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>site</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>aggregation</source>
        <translation>汇总方法</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>候选项目</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>第 %1 行的%2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 的得分</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
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
        <source>must be a number, not yes/no</source>
        <translation>必须是数字，不能是“是/否”</translation>
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
        <source>must be a whole number, 0 or more</source>
        <translation>必须是大于或等于 0 的整数</translation>
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
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters</source>
        <translation>必须为 %1 至 %2 个字符</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>长度必须为 %1 至 %2 个字符</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>is not a site field</source>
        <translation>不是场地字段</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM, e.g. 2023-01</source>
        <translation>必须是 YYYY-MM 格式的月份，例如 2023-01</translation>
    </message>
    <message>
        <source>cannot be changed here (allowed: %1)</source>
        <translation>不能在此修改（可修改：%1）</translation>
    </message>
    <message>
        <source>is outside the reporting period %1 to %2</source>
        <translation>不在统计期 %1 至 %2 之内</translation>
    </message>
    <message>
        <source>is implausibly large for one month of %1 (check the unit: %2)</source>
        <translation>对于一个月的%1用量而言大得不合理（请检查单位：%2）</translation>
    </message>
    <message>
        <source>unknown carrier; known: %1</source>
        <translation>未知的能源类型；已知类型：%1</translation>
    </message>
    <message>
        <source>some rows do not belong to this assessment</source>
        <translation>部分行不属于此评估</translation>
    </message>
    <message>
        <source>%1 meter &apos;%2&apos; already has a value for this month (%3 such rows); nothing stored</source>
        <translation>%1 计量表“%2”在该月已有数值（%3 行如此）；未保存任何内容</translation>
    </message>
    <message>
        <source>duplicates row %1 (same carrier, meter and month)</source>
        <translation>与第 %1 行重复（能源类型、计量表和月份相同）</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>未知的单位 %1</translation>
    </message>
    <message>
        <source>unknown carrier %1</source>
        <translation>未知的能源类型 %1</translation>
    </message>
    <message>
        <source>unit %1: unknown carrier %2</source>
        <translation>单位 %1：未知的能源类型 %2</translation>
    </message>
    <message>
        <source>unknown unit %1 for carrier %2 (%3; use %4)</source>
        <translation>能源类型 %2 没有单位 %1（%3；请使用 %4）</translation>
    </message>
    <message>
        <source>unit %1 does not fit carrier %2 (%3; use %4)</source>
        <translation>单位 %1 不适用于能源类型 %2（%3；请使用 %4）</translation>
    </message>
    <message>
        <source>is before the period start %1</source>
        <translation>早于统计期开始 %1</translation>
    </message>
    <message>
        <source>a reporting period longer than 60 months is not supported</source>
        <translation>不支持超过 60 个月的统计期</translation>
    </message>
    <message>
        <source>is already used by another campaign</source>
        <translation>已被其他批次使用</translation>
    </message>
    <message>
        <source>is already used by another site</source>
        <translation>已被其他场地使用</translation>
    </message>
    <message>
        <source>data for %1 would fall outside it</source>
        <translation>%1 的数据将落在统计期之外</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>does not exist or is not a file</source>
        <translation>不存在或不是文件</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is larger than %1 MB</source>
        <translation>大于 %1 MB</translation>
    </message>
    <message>
        <source>is not a readable image (%1)</source>
        <translation>不是可读取的图片（%1）</translation>
    </message>
    <message>
        <source>is not an item of criteria set %1</source>
        <translation>不是评价标准 %1 中的评价项</translation>
    </message>
    <message>
        <source>is computed from the activity data, not answered by hand</source>
        <translation>由能源与资源数据计算得出，无需手工填写</translation>
    </message>
    <message>
        <source>is scored by the review panel, not answered by the assessor</source>
        <translation>由评审组评分，不由评估员填写</translation>
    </message>
    <message>
        <source>say what needs correcting</source>
        <translation>请说明需要修正的内容</translation>
    </message>
    <message>
        <source>say why the decided assessment is being amended</source>
        <translation>请说明修订已决定评估的原因</translation>
    </message>
    <message>
        <source>must be &apos;local&apos; or &apos;incoming&apos;</source>
        <translation>必须为“local”（本机）或“incoming”（导入）</translation>
    </message>
    <message>
        <source>name at least one site to export</source>
        <translation>请至少指定一个要导出的场地</translation>
    </message>
    <message>
        <source>has no assessment in campaign %1</source>
        <translation>在批次 %1 中没有评估</translation>
    </message>
    <message>
        <source>must end in .xlsx or .csv</source>
        <translation>必须以 .xlsx 或 .csv 结尾</translation>
    </message>
    <message>
        <source>must end in .xlsx</source>
        <translation>必须以 .xlsx 结尾</translation>
    </message>
    <message>
        <source>is neither a site type with criteria nor a criteria set (%1)</source>
        <translation>既不是有评价标准的场地类型，也不是评价标准（%1）</translation>
    </message>
    <message>
        <source>a formula without a saved result: open the file in Excel, let it calculate, save, and import again (or paste values)</source>
        <translation>公式没有保存计算结果：请在 Excel 中打开文件、等待计算完成并保存后重新导入（或粘贴为数值）</translation>
    </message>
    <message>
        <source>merged cells %1: unmerge them and fill every row</source>
        <translation>合并单元格 %1：请取消合并并填写每一行</translation>
    </message>
    <message>
        <source>the site code is required</source>
        <translation>场地编号为必填项</translation>
    </message>
    <message>
        <source>the site code is required when the workbook holds several sites</source>
        <translation>工作簿包含多个场地时，场地编号为必填项</translation>
    </message>
    <message>
        <source>is required for a new site</source>
        <translation>新场地必须填写此项</translation>
    </message>
    <message>
        <source>this site code appears twice in the sheet</source>
        <translation>此场地编号在工作表中出现了两次</translation>
    </message>
    <message>
        <source>this site&apos;s row %1 in the Sites sheet has problems; fix it first</source>
        <translation>此场地在“Sites”工作表中的第 %1 行有问题；请先修正该行</translation>
    </message>
    <message>
        <source>unknown site code: not in this database nor in the Sites sheet</source>
        <translation>未知的场地编号：既不在本数据库中，也不在“Sites”工作表中</translation>
    </message>
    <message>
        <source>the assessment of this site is decided; start an amendment before importing new data</source>
        <translation>此场地的评估已决定；导入新数据前请先开始修订</translation>
    </message>
    <message>
        <source>duplicates row %1 (same site, carrier, meter and month)</source>
        <translation>与第 %1 行重复（场地、能源类型、计量表和月份相同）</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is missing</source>
        <translation>缺少“%1”列</translation>
    </message>
    <message>
        <source>pick %1 to %2 candidates</source>
        <translation>请选择 %1 至 %2 个候选项目</translation>
    </message>
    <message>
        <source>state the panel&apos;s reasons; an appeal will read them</source>
        <translation>请说明评审组的理由；申诉时将会查阅</translation>
    </message>
    <message>
        <source>more votes than the %1 panel member(s) without a conflict</source>
        <translation>票数多于没有利益冲突的 %1 位评审组成员</translation>
    </message>
    <message>
        <source>has no decision yet</source>
        <translation>尚未作出决定</translation>
    </message>
    <message>
        <source>use whole or half points (e.g. 4 or 4.5)</source>
        <translation>请使用整分或半分（例如 4 或 4.5）</translation>
    </message>
    <message>
        <source>is not a panel judgement item of %1 (items: %2)</source>
        <translation>不是 %1 的评审判断项（评审判断项：%2）</translation>
    </message>
    <message>
        <source>say what the conflict is (e.g. &apos;former employer&apos;)</source>
        <translation>请说明利益冲突是什么（例如“前雇主”）</translation>
    </message>
    <message>
        <source>must be confirmed or dismissed</source>
        <translation>必须为“confirmed”（确认）或“dismissed”（驳回）</translation>
    </message>
    <message>
        <source>say why the suggested conflict is not a conflict</source>
        <translation>请说明为何建议的利益冲突并不构成冲突</translation>
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
<context>
    <name>Terms</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>start the review of</source>
        <translation>开始评审</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>amend</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>change the panel phase</source>
        <translation>更改评审阶段</translation>
    </message>
    <message>
        <source>change the aggregation method</source>
        <translation>更改汇总方法</translation>
    </message>
    <message>
        <source>record a conflict for another member</source>
        <translation>为其他成员登记利益冲突</translation>
    </message>
    <message>
        <source>run the conflict suggestions</source>
        <translation>运行利益冲突建议</translation>
    </message>
    <message>
        <source>mark a conflict confirmed</source>
        <translation>确认利益冲突</translation>
    </message>
    <message>
        <source>mark a conflict dismissed</source>
        <translation>驳回利益冲突</translation>
    </message>
    <message>
        <source>score candidates</source>
        <translation>为候选项目评分</translation>
    </message>
    <message>
        <source>open a scoring sheet</source>
        <translation>打开评分表</translation>
    </message>
    <message>
        <source>record a decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>record its decision</source>
        <translation>记录对其的决定</translation>
    </message>
    <message>
        <source>score it</source>
        <translation>为其评分</translation>
    </message>
    <message>
        <source>export panel scores</source>
        <translation>导出评审评分</translation>
    </message>
    <message>
        <source>get its dossier</source>
        <translation>获取其评审档案</translation>
    </message>
    <message>
        <source>get its certificate</source>
        <translation>获取其证书</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>评估员</translation>
    </message>
    <message>
        <source>panel member</source>
        <translation>评审组成员</translation>
    </message>
    <message>
        <source>panel chair</source>
        <translation>评审组组长</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>campaign member</source>
        <translation>批次成员</translation>
    </message>
    <message>
        <source>site</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>score snapshot</source>
        <translation>评分快照</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>activity record</source>
        <translation>能源与资源数据</translation>
    </message>
    <message>
        <source>response</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>panel score</source>
        <translation>评审评分</translation>
    </message>
    <message>
        <source>conflict declaration</source>
        <translation>利益冲突声明</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>去掉最高最低后的平均值</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>kept local</source>
        <translation>保留本机的值</translation>
    </message>
    <message>
        <source>kept incoming</source>
        <translation>采用导入的值</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>“%1”</translation>
    </message>
</context>
</TS>
