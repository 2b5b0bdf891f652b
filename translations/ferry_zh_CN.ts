<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OdbcConnection</name>
    <message>
        <source>The statement failed</source>
        <translation>语句执行失败</translation>
    </message>
    <message>
        <source>The query failed</source>
        <translation>查询失败</translation>
    </message>
    <message>
        <source>Cannot bind query parameter %1</source>
        <translation>无法绑定查询参数 %1</translation>
    </message>
    <message>
        <source>A transaction is already open on this connection</source>
        <translation>此连接上已有一个打开的事务</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>No transaction is open on this connection</source>
        <translation>此连接上没有打开的事务</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost, so the transaction did not commit</source>
        <translation>%1：与服务器的连接已断开，因此事务未提交</translation>
    </message>
    <message>
        <source>Commit failed</source>
        <translation>提交失败</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>回滚失败</translation>
    </message>
</context>
<context>
    <name>OdbcReader</name>
    <message>
        <source>Cannot describe the query result</source>
        <translation>无法获取查询结果的结构</translation>
    </message>
    <message>
        <source>Cannot describe column %1 of the query result</source>
        <translation>无法获取查询结果第 %1 列的结构</translation>
    </message>
    <message>
        <source>Cannot bind column %1 of the query result</source>
        <translation>无法绑定查询结果的第 %1 列</translation>
    </message>
    <message>
        <source>Reading rows failed</source>
        <translation>读取行失败</translation>
    </message>
    <message>
        <source>Reading rows failed: %1</source>
        <translation>读取行失败：%1</translation>
    </message>
    <message>
        <source>Reading row failed</source>
        <translation>读取行失败</translation>
    </message>
    <message>
        <source>Cannot read column %1</source>
        <translation>无法读取列 %1</translation>
    </message>
    <message>
        <source>Column %1 holds a value longer than the driver announced (%2 bytes); Ferry will not cut it</source>
        <translation>列 %1 中的值比驱动程序声明的长度（%2 字节）更长；Ferry 不会截断它</translation>
    </message>
    <message>
        <source>Cannot position on a row to read column %1</source>
        <translation>无法定位到行以读取列 %1</translation>
    </message>
</context>
<context>
    <name>OdbcWriter</name>
    <message>
        <source>Cannot insert into %1 without columns</source>
        <translation>没有列，无法插入到 %1</translation>
    </message>
    <message>
        <source>Updating %1 needs columns to set and key columns</source>
        <translation>更新 %1 需要要设置的列和键列</translation>
    </message>
    <message>
        <source>Inserting into %1</source>
        <translation>插入到 %1</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>This writer updates %1; it cannot insert</source>
        <translation>此写入器用于更新 %1，不能插入</translation>
    </message>
    <message>
        <source>This writer inserts into %1; it cannot update</source>
        <translation>此写入器用于插入到 %1，不能更新</translation>
    </message>
    <message>
        <source>%1: row %2 has %3 values for %4 columns</source>
        <translation>%1：第 %2 行有 %3 个值，但要写入 %4 列</translation>
    </message>
    <message>
        <source>%1: the database reported %2 of %3 rows written</source>
        <translation>%1：数据库报告 %3 行中只写入了 %2 行</translation>
    </message>
    <message>
        <source>%1: the database reported %2 of 1 row written (row %3)</source>
        <translation>%1：数据库报告 1 行中写入了 %2 行（第 %3 行）</translation>
    </message>
    <message>
        <source>%1: the ODBC driver reported an error without details</source>
        <translation>%1：ODBC 驱动程序报告了错误，但未提供详细信息</translation>
    </message>
    <message>
        <source>%1 (row %2 of the batch)</source>
        <translation>%1（批次中的第 %2 行）</translation>
    </message>
</context>
<context>
    <name>ferry::AutoMapper</name>
    <message>
        <source>the source&apos;s key, kept as the legacy key</source>
        <translation>源的键，保留为旧系统键</translation>
    </message>
    <message>
        <source>first name taken out of the full name</source>
        <translation>从全名中取出的名字</translation>
    </message>
    <message>
        <source>last name taken out of the full name</source>
        <translation>从全名中取出的姓氏</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same name written differently</source>
        <translation>名称相同，写法不同</translation>
    </message>
    <message>
        <source>known synonym</source>
        <translation>已知同义词</translation>
    </message>
    <message>
        <source>same words, abbreviated</source>
        <translation>词语相同，有缩写</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
</context>
<context>
    <name>ferry::BackgroundJob</name>
    <message>
        <source>An unexpected error stopped the work.</source>
        <translation>一个意外错误中断了这项工作。</translation>
    </message>
</context>
<context>
    <name>ferry::CheckEvaluator</name>
    <message>
        <source>unnamed check</source>
        <translation>未命名的检查约束</translation>
    </message>
    <message>
        <source>it names %1, which the load does not fill (the database uses the column&apos;s default)</source>
        <translation>它引用了 %1，而本次加载不填写该列（数据库会使用列的默认值）</translation>
    </message>
    <message>
        <source>it names none of the table&apos;s columns</source>
        <translation>它没有引用表中的任何列</translation>
    </message>
    <message>
        <source>violates the check %1: %2</source>
        <translation>违反检查约束 %1：%2</translation>
    </message>
    <message>
        <source>the database would not evaluate it on its own (%1)</source>
        <translation>数据库无法单独计算它（%1）</translation>
    </message>
</context>
<context>
    <name>ferry::ClustersModel</name>
    <message>
        <source>Keep the first row</source>
        <translation>保留第一行</translation>
    </message>
    <message>
        <source>Keep the most recent row</source>
        <translation>保留最新的行</translation>
    </message>
    <message>
        <source>Keep the most complete row</source>
        <translation>保留最完整的行</translation>
    </message>
    <message>
        <source>Merge into one row</source>
        <translation>合并为一行</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>标记以供审核</translation>
    </message>
    <message>
        <source>Update the target row</source>
        <translation>更新目标行</translation>
    </message>
    <message>
        <source>Skip: already in the target</source>
        <translation>跳过：目标中已存在</translation>
    </message>
    <message>
        <source>Flag: already in the target</source>
        <translation>标记：目标中已存在</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Rows in this cluster (%1): %2</source>
        <translation>此重复组中的行（%1）：%2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Rows in cluster</source>
        <translation>组内行</translation>
    </message>
    <message>
        <source>Target row</source>
        <translation>目标行</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ferry::Coerce</name>
    <message>
        <source>value is %1 characters long; column %2 holds at most %3</source>
        <translation>值的长度为 %1 个字符；列 %2 最多只能容纳 %3 个字符</translation>
    </message>
    <message>
        <source>%1 would arrive in column %2 as %3: the text is not written as that number</source>
        <translation>%1 写入列 %2 后会变成 %3：该文本并不是这个数字的写法</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places; column %3 would round it</source>
        <translation>%1 的小数位数超过 %2 位；列 %3 会将其舍入</translation>
    </message>
    <message>
        <source>%1 has %2 significant digits; column %3 keeps only %4 exactly (it is stored as a floating-point number)</source>
        <translation>%1 有 %2 位有效数字；列 %3 只能精确保存 %4 位（该列以浮点数存储）</translation>
    </message>
    <message>
        <source>%1 has fractional seconds; column %2 keeps %3 digits and would round it</source>
        <translation>%1 带有小数秒；列 %2 只保留 %3 位，会将其舍入</translation>
    </message>
    <message>
        <source>column %1 is required (NOT NULL) but the value is NULL</source>
        <translation>列 %1 为必填（NOT NULL），但值为 NULL</translation>
    </message>
</context>
<context>
    <name>ferry::ColumnRisksModel</name>
    <message>
        <source>%1.%2</source>
        <translation>%1.%2</translation>
    </message>
    <message>
        <source>Every value of %1 arrives as it left.</source>
        <translation>%1 的所有值都将原样写入。</translation>
    </message>
    <message>
        <source>Values of %1 that would be written changed: %2.</source>
        <translation>%1 中写入时会发生变化的值：%2。</translation>
    </message>
    <message>
        <source>Rows rejected because of %1: %2. Further values written changed: %3.</source>
        <translation>因 %1 被拒绝的行：%2。此外，写入时发生变化的值：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>May lose data</source>
        <translation>可能丢失数据</translation>
    </message>
    <message>
        <source>Will fail</source>
        <translation>将失败</translation>
    </message>
    <message>
        <source>Kinds of change</source>
        <translation>变化类型</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionCheck</name>
    <message>
        <source>Qt&apos;s built-in SQLite driver</source>
        <translation>Qt 内置的 SQLite 驱动程序</translation>
    </message>
    <message>
        <source>1 table</source>
        <translation>1 个表</translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation>%1 个表</translation>
    </message>
    <message>
        <source>%1 and 1 view</source>
        <translation>%1和 1 个视图</translation>
    </message>
    <message>
        <source>%1 and %2 views</source>
        <translation>%1和 %2 个视图</translation>
    </message>
    <message>
        <source>Connected to %1 through %2 — %3</source>
        <translation>已通过 %2 连接到 %1 — %3</translation>
    </message>
</context>
<context>
    <name>ferry::DedupePass</name>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>written and flagged</source>
        <translation>已写入并标记</translation>
    </message>
    <message>
        <source>matches target row %1 by %2: %3.</source>
        <translation>按 %2 与目标行 %1 匹配：%3。</translation>
    </message>
</context>
<context>
    <name>ferry::DedupeRulesModel</name>
    <message>
        <source>exact</source>
        <comment>match kind</comment>
        <translation>精确</translation>
    </message>
    <message>
        <source>e-mail</source>
        <comment>match kind</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>match kind</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>name</source>
        <comment>match kind</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>company</source>
        <comment>match kind</comment>
        <translation>公司</translation>
    </message>
    <message>
        <source>similarity ≥ %1</source>
        <translation>相似度 ≥ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Add duplicate rule</source>
        <translation>添加重复规则</translation>
    </message>
    <message>
        <source>Remove duplicate rule</source>
        <translation>删除重复规则</translation>
    </message>
    <message>
        <source>Change duplicate condition</source>
        <translation>更改重复条件</translation>
    </message>
    <message>
        <source>Add duplicate condition</source>
        <translation>添加重复条件</translation>
    </message>
    <message>
        <source>Remove duplicate condition</source>
        <translation>删除重复条件</translation>
    </message>
    <message>
        <source>Rename duplicate rule</source>
        <translation>重命名重复规则</translation>
    </message>
</context>
<context>
    <name>ferry::DryRunCountsModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The counts do not add up: read %1, decided %2</source>
        <translation>计数对不上：读取 %1 行，已处理 %2 行</translation>
    </message>
    <message>
        <source>Every row read is accounted for: %1 read = %2 inserted + %3 updated + %4 unchanged + %5 skipped + %6 rejected</source>
        <translation>读取的每一行都有去向：读取 %1 = 插入 %2 + 更新 %3 + 未变 %4 + 跳过 %5 + 拒绝 %6</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Would insert</source>
        <translation>将插入</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Would skip</source>
        <translation>将跳过</translation>
    </message>
    <message>
        <source>Would reject</source>
        <translation>将拒绝</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>值变化</translation>
    </message>
</context>
<context>
    <name>ferry::FieldMappingModel</name>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>The target table has no column %1.</source>
        <translation>目标表中没有列 %1。</translation>
    </message>
    <message>
        <source>The target&apos;s columns are not known yet: connect to the target to check this mapping.</source>
        <translation>尚不知道目标的列：请连接到目标以检查此映射。</translation>
    </message>
    <message>
        <source>The source has no column %1.</source>
        <translation>源中没有列 %1。</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>%1 is required: NOT NULL, no default, not generated. Map a column to it.</source>
        <translation>%1 为必填列：NOT NULL、无默认值、非生成列。请为其映射一个列。</translation>
    </message>
    <message>
        <source>%1 accepts NULL.</source>
        <translation>%1 允许 NULL。</translation>
    </message>
    <message>
        <source>%1 is NOT NULL.</source>
        <translation>%1 为 NOT NULL。</translation>
    </message>
    <message>
        <source>%1, NOT NULL</source>
        <translation>%1，NOT NULL</translation>
    </message>
    <message>
        <source>%1, generated</source>
        <translation>%1，生成列</translation>
    </message>
    <message>
        <source>constant %1</source>
        <translation>常量 %1</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>（未映射）</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2, confidence %3%). Accept it to map it.</source>
        <translation>建议：%1（%2，置信度 %3%）。接受后即完成映射。</translation>
    </message>
    <message>
        <source>Drag a source column here, or choose one from the list.</source>
        <translation>将源列拖到此处，或从列表中选择一个。</translation>
    </message>
    <message>
        <source>Required, not mapped</source>
        <translation>必填，未映射</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Auto-map %1</source>
        <translation>自动映射 %1</translation>
    </message>
</context>
<context>
    <name>ferry::FindingsCollector</name>
    <message>
        <source>rows whose parent row will not exist in the target (the lookup finds nothing); they are rejected</source>
        <translation>父行在目标中将不存在的行（查找不到任何结果）；这些行会被拒绝</translation>
    </message>
    <message>
        <source>%1 was not evaluated by the dry run: %2. The database enforces it when the rows are written.</source>
        <translation>试运行未计算 %1：%2。写入行时数据库会强制执行它。</translation>
    </message>
</context>
<context>
    <name>ferry::ForeignKeyChecker</name>
    <message>
        <source>violates the foreign key %1: %2 has no row with (%3) = (%4)</source>
        <translation>违反外键 %1：%2 中没有 (%3) = (%4) 的行</translation>
    </message>
</context>
<context>
    <name>ferry::Language</name>
    <message>
        <source>Language of the messages, such as zh_CN or en (default: the system language).</source>
        <translation>消息所用的语言，例如 zh_CN 或 en（默认：系统语言）。</translation>
    </message>
</context>
<context>
    <name>ferry::Lookup</name>
    <message>
        <source>lookup table &quot;%1&quot; does not exist in the target</source>
        <translation>目标中不存在查找表“%1”</translation>
    </message>
    <message>
        <source>lookup into &quot;%1&quot; was not prepared</source>
        <translation>对“%1”的查找尚未准备好</translation>
    </message>
    <message>
        <source>%1 matches several rows of %2.%3</source>
        <translation>%1 匹配到 %2.%3 中的多行</translation>
    </message>
</context>
<context>
    <name>ferry::MappingEdits</name>
    <message>
        <source>Map a constant to %1</source>
        <translation>将常量映射到 %1</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>将 %1 映射到 %2</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>取消映射 %1</translation>
    </message>
    <message>
        <source>Change the transforms of %1</source>
        <translation>更改 %1 的转换</translation>
    </message>
</context>
<context>
    <name>ferry::MappingRisk</name>
    <message>
        <source>Values longer than %1 characters are rejected (%2 holds up to %3).</source>
        <translation>长度超过 %1 个字符的值会被拒绝（%2 最多容纳 %3 个字符）。</translation>
    </message>
    <message>
        <source>Values longer than %1 characters are rejected (the length of %2 is not limited).</source>
        <translation>长度超过 %1 个字符的值会被拒绝（%2 的长度不受限制）。</translation>
    </message>
    <message>
        <source>Values outside %1 to %2 are rejected.</source>
        <translation>超出 %1 到 %2 范围的值会被拒绝。</translation>
    </message>
    <message>
        <source>Values with more than %1 digits before the point are rejected (the column is %2).</source>
        <translation>整数部分超过 %1 位的值会被拒绝（该列为 %2）。</translation>
    </message>
    <message>
        <source>The column keeps only %1 significant digits exactly (it is stored as a floating-point number); longer values are rejected.</source>
        <translation>该列只能精确保存 %1 位有效数字（该列以浮点数存储）；更长的值会被拒绝。</translation>
    </message>
    <message>
        <source>Dates, times and binary values cannot be written into a number column.</source>
        <translation>日期、时间和二进制值不能写入数字列。</translation>
    </message>
    <message>
        <source>Fractional seconds beyond %1 digits are rejected (%2 keeps %3).</source>
        <translation>小数秒超过 %1 位的值会被拒绝（%2 保留 %3 位）。</translation>
    </message>
    <message>
        <source>Binary values are written as hexadecimal text.</source>
        <translation>二进制值会以十六进制文本写入。</translation>
    </message>
    <message>
        <source>Column %1 cannot store 4-byte characters such as emoji; values containing them are rejected.</source>
        <translation>列 %1 无法存储 4 字节字符（例如表情符号）；包含此类字符的值会被拒绝。</translation>
    </message>
    <message>
        <source>Text that is not a whole number is rejected.</source>
        <translation>不是整数的文本会被拒绝。</translation>
    </message>
    <message>
        <source>Values with a fraction are rejected.</source>
        <translation>带小数部分的值会被拒绝。</translation>
    </message>
    <message>
        <source>Floating-point values with a fraction or out of range are rejected.</source>
        <translation>带小数部分或超出范围的浮点值会被拒绝。</translation>
    </message>
    <message>
        <source>Values that do not fit %1 are rejected (the precision of %2 is not known).</source>
        <translation>无法放入 %1 的值会被拒绝（%2 的精度未知）。</translation>
    </message>
    <message>
        <source>Values with more than %1 decimal places are rejected (%2 keeps %3).</source>
        <translation>小数位数超过 %1 位的值会被拒绝（%2 保留 %3 位）。</translation>
    </message>
    <message>
        <source>Text that is not a number, or does not fit %1, is rejected.</source>
        <translation>不是数字或无法放入 %1 的文本会被拒绝。</translation>
    </message>
    <message>
        <source>Text that is not a number is rejected.</source>
        <translation>不是数字的文本会被拒绝。</translation>
    </message>
    <message>
        <source>Floating-point values that do not fit the column exactly are rejected.</source>
        <translation>无法被该列精确存储的浮点值会被拒绝。</translation>
    </message>
    <message>
        <source>Whole numbers beyond ±9007199254740992 cannot be stored exactly in a floating-point column and are rejected.</source>
        <translation>超出 ±9007199254740992 的整数无法在浮点列中精确存储，会被拒绝。</translation>
    </message>
    <message>
        <source>Decimals with more than 15 significant digits cannot be stored exactly in a floating-point column and are rejected.</source>
        <translation>有效数字超过 15 位的小数无法在浮点列中精确存储，会被拒绝。</translation>
    </message>
    <message>
        <source>Text other than yes/no values (true, false, yes, no, 1, 0 …) is rejected.</source>
        <translation>是/否值（true、false、yes、no、1、0 …）以外的文本会被拒绝。</translation>
    </message>
    <message>
        <source>Numbers other than 0 and 1 are rejected.</source>
        <translation>0 和 1 以外的数字会被拒绝。</translation>
    </message>
    <message>
        <source>Dates, times and binary values cannot be written into a yes/no column.</source>
        <translation>日期、时间和二进制值不能写入是/否列。</translation>
    </message>
    <message>
        <source>Text not written as yyyy-MM-dd is rejected; add a &quot;Parse date&quot; transform for other layouts.</source>
        <translation>不是 yyyy-MM-dd 格式的文本会被拒绝；其他格式请添加“解析日期”转换。</translation>
    </message>
    <message>
        <source>Timestamps with a time other than midnight are rejected: the date column would drop the time.</source>
        <translation>时间不是午夜零点的时间戳会被拒绝：日期列会丢弃时间部分。</translation>
    </message>
    <message>
        <source>A time of day has no date.</source>
        <translation>一天中的时间不含日期。</translation>
    </message>
    <message>
        <source>Numbers and binary values cannot be written into a date column; add a &quot;Parse date&quot; transform.</source>
        <translation>数字和二进制值不能写入日期列；请添加“解析日期”转换。</translation>
    </message>
    <message>
        <source>Text not written as yyyy-MM-dd HH:mm:ss is rejected; add a &quot;Parse timestamp&quot; transform for other layouts.</source>
        <translation>不是 yyyy-MM-dd HH:mm:ss 格式的文本会被拒绝；其他格式请添加“解析时间戳”转换。</translation>
    </message>
    <message>
        <source>Numbers and binary values cannot be written into a timestamp column; add a &quot;Parse timestamp&quot; transform.</source>
        <translation>数字和二进制值不能写入时间戳列；请添加“解析时间戳”转换。</translation>
    </message>
    <message>
        <source>Text not written as HH:mm:ss is rejected.</source>
        <translation>不是 HH:mm:ss 格式的文本会被拒绝。</translation>
    </message>
    <message>
        <source>Only times of day can be written into a time column.</source>
        <translation>时间列只能写入一天中的时间。</translation>
    </message>
    <message>
        <source>Values longer than %1 bytes are rejected.</source>
        <translation>长度超过 %1 字节的值会被拒绝。</translation>
    </message>
    <message>
        <source>The value is always NULL, but column %1 is required (NOT NULL).</source>
        <translation>该值始终为 NULL，但列 %1 为必填（NOT NULL）。</translation>
    </message>
    <message>
        <source>%1 may be NULL, but column %2 is required (NOT NULL): rows with NULL are rejected.</source>
        <translation>%1 可能为 NULL，但列 %2 为必填（NOT NULL）：值为 NULL 的行会被拒绝。</translation>
    </message>
    <message>
        <source>Ferry does not know the type of column %1 (%2); the database decides what it accepts.</source>
        <translation>Ferry 不了解列 %1 的类型（%2）；由数据库决定接受哪些值。</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>May lose data</source>
        <translation>可能丢失数据</translation>
    </message>
    <message>
        <source>Will fail</source>
        <translation>将会失败</translation>
    </message>
    <message>
        <source>Column %1 is required (NOT NULL, no default) but nothing is mapped to it: the run is refused.</source>
        <translation>列 %1 为必填（NOT NULL，无默认值），但没有任何字段映射到该列：运行将被拒绝。</translation>
    </message>
    <message>
        <source>Not mapped: the database generates the value.</source>
        <translation>未映射：由数据库生成该值。</translation>
    </message>
    <message>
        <source>Not mapped: new rows get the column&apos;s default (%1).</source>
        <translation>未映射：新行使用该列的默认值（%1）。</translation>
    </message>
    <message>
        <source>Not mapped: new rows get NULL.</source>
        <translation>未映射：新行的值为 NULL。</translation>
    </message>
    <message>
        <source>the source column</source>
        <translation>源列</translation>
    </message>
    <message>
        <source>The transforms are not valid: %1</source>
        <translation>转换无效：%1</translation>
    </message>
    <message>
        <source>Every row gets the same value, which fits column %1.</source>
        <translation>每一行都得到相同的值，该值适合列 %1。</translation>
    </message>
    <message>
        <source>The type of %1 is not known yet; each value is checked when the run starts.</source>
        <translation>尚不知道 %1 的类型；运行开始时会逐一检查每个值。</translation>
    </message>
    <message>
        <source>Every value fits column %1 exactly.</source>
        <translation>每个值都能精确写入列 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample values would be rejected (%2).</source>
        <translation>
            <numerusform>示例中 %n 个值里有 %1 个会被拒绝（%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::Migration</name>
    <message>
        <source>dropping the rehearsal&apos;s temporary tables failed (they go with the session): %1</source>
        <translation>删除预演用的临时表失败（它们会随会话结束而消失）：%1</translation>
    </message>
    <message>
        <source>another Ferry run is writing to this target table (it holds the lock &quot;%1&quot;); wait until it ends, or stop it, then run again</source>
        <translation>另一个 Ferry 运行正在写入此目标表（它持有锁“%1”）；请等待其结束或停止它，然后再运行</translation>
    </message>
    <message>
        <source>cannot lock the target for this run: %1</source>
        <translation>无法为此运行锁定目标：%1</translation>
    </message>
    <message>
        <source>Dry run of project &quot;%1&quot;</source>
        <translation>项目“%1”的试运行</translation>
    </message>
    <message>
        <source>Resumed run of project &quot;%1&quot; (run %2)</source>
        <translation>继续运行项目“%1”（运行 %2）</translation>
    </message>
    <message>
        <source>Run of project &quot;%1&quot; (run %2)</source>
        <translation>运行项目“%1”（运行 %2）</translation>
    </message>
    <message>
        <source>this target offers no lock Ferry can hold: do not start another run into it until this one ends</source>
        <translation>此目标不提供 Ferry 可持有的锁：在此运行结束之前，请勿向其启动另一个运行</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>已被用户取消</translation>
    </message>
    <message>
        <source>the connection to the source</source>
        <translation>与源的连接</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>unexpected error of unknown kind</source>
        <translation>未知类型的意外错误</translation>
    </message>
    <message>
        <source>preparing rows failed: %1</source>
        <translation>准备行失败：%1</translation>
    </message>
    <message>
        <source>reading the source failed: %1</source>
        <translation>读取源失败：%1</translation>
    </message>
    <message>
        <source>reading lookups and duplicates</source>
        <translation>读取查找与重复数据</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot resume %1: the source has fewer rows than the interrupted run had already written; it changed since. Run the migration again from the start.</source>
        <translation>无法继续 %1：源中的行数少于中断的运行已写入的行数；源在此后已被更改。请从头重新运行迁移。</translation>
    </message>
    <message>
        <source>cannot resume %1: the first %2 source rows are not the ones the interrupted run wrote (its last row had the key %3, the source now has %4 there); the source changed since. Run the migration again from the start.</source>
        <translation>无法继续 %1：源的前 %2 行不是中断的运行所写入的那些行（其最后一行的键为 %3，源中该处现在为 %4）；源在此后已被更改。请从头重新运行迁移。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Table %1: completed by the interrupted run</source>
        <translation>表 %1：已由中断的运行完成</translation>
    </message>
    <message>
        <source>Table %1: resuming after %2 rows in %3 committed batches</source>
        <translation>表 %1：在已提交的 %3 个批次中的 %2 行之后继续</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>%1: the check %2 was not evaluated: %3</source>
        <translation>%1：未计算检查约束 %2：%3</translation>
    </message>
    <message>
        <source>%1: read %2, inserted %3, updated %4, unchanged %5, skipped %6, rejected %7, duplicates %8</source>
        <translation>%1：读取 %2，插入 %3，更新 %4，未变 %5，跳过 %6，拒绝 %7，重复 %8</translation>
    </message>
    <message>
        <source>the counts for %1 do not add up: read %2 but inserted + updated + unchanged + skipped + rejected = %3</source>
        <translation>%1 的计数对不上：读取 %2 行，但插入 + 更新 + 未变 + 跳过 + 拒绝 = %3</translation>
    </message>
    <message>
        <source>the connection to the target</source>
        <translation>与目标的连接</translation>
    </message>
    <message numerus="yes">
        <source>the target lost %n batch(es) of %1 it had confirmed as committed (it does not keep commits through a crash); resume the run to write them again</source>
        <translation>
            <numerusform>目标丢失了 %1 中 %n 个已确认提交的批次（它在崩溃后不保留提交）；请继续运行以重新写入它们</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the batch in flight had committed before the connection broke; it is not written again</source>
        <translation>%1：进行中的批次在连接断开之前已提交；不会再次写入</translation>
    </message>
    <message>
        <source>the connection to the target was lost while writing %1 (%2) and could not be made again. Every row counted above is committed; resume the run to continue where it stopped (ferry-cli resume).</source>
        <translation>写入 %1 时与目标的连接丢失（%2），且无法重新建立。上面计数的每一行都已提交；请继续运行，从停止处接着执行（ferry-cli resume）。</translation>
    </message>
</context>
<context>
    <name>ferry::MismatchesModel</name>
    <message>
        <source>Exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>May lose data</source>
        <translation>可能丢失数据</translation>
    </message>
    <message>
        <source>Will fail</source>
        <translation>将失败</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>舍入</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>类型转换</translation>
    </message>
    <message>
        <source>Mapped to default</source>
        <translation>映射为默认值</translation>
    </message>
    <message>
        <source>Required but empty</source>
        <translation>必填但为空</translation>
    </message>
    <message>
        <source>(row rejected)</source>
        <translation>（行被拒绝）</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ferry::PasswordVariables</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>ferry::Plan</name>
    <message>
        <source>target tables reference each other in a cycle; &quot;%1&quot; runs in project order</source>
        <translation>目标表之间存在循环引用；“%1”按项目中的顺序运行</translation>
    </message>
    <message>
        <source>the project maps no tables</source>
        <translation>项目中没有映射任何表</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not the target of any field in this table</source>
        <translation>列“%1”不是此表中任何字段的目标</translation>
    </message>
    <message>
        <source>with the run&apos;s state in a journal (options.stateStore &quot;journal&quot;) every table needs keys, so that a batch cut off at COMMIT can be told from one that landed; add keys, or keep the state in the target</source>
        <translation>运行状态保存在日志中（options.stateStore 为 &quot;journal&quot;）时，每个表都需要键，以便区分在 COMMIT 时被中断的批次与已写入的批次；请添加键，或将状态保存在目标中</translation>
    </message>
    <message>
        <source>the query fails: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>target column &quot;%1&quot; is required (NOT NULL, no default) but nothing is mapped to it</source>
        <translation>目标列“%1”为必填（NOT NULL，无默认值），但没有任何字段映射到该列</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; not found in table &quot;%2&quot;</source>
        <translation>在表“%2”中找不到列“%1”</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; not found in table &quot;%2&quot; (did you mean &quot;%3&quot;?)</source>
        <translation>在表“%2”中找不到列“%1”（您是否要找“%3”？）</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; not found in the query&apos;s result</source>
        <translation>在查询结果中找不到列“%1”</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; not found in the query&apos;s result (did you mean &quot;%2&quot;?)</source>
        <translation>在查询结果中找不到列“%1”（您是否要找“%2”？）</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist in the source database</source>
        <translation>源数据库中不存在表“%1”</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist in the source database (did you mean &quot;%2&quot;?)</source>
        <translation>源数据库中不存在表“%1”（您是否要找“%2”？）</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist in the target database</source>
        <translation>目标数据库中不存在表“%1”</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist in the target database (did you mean &quot;%2&quot;?)</source>
        <translation>目标数据库中不存在表“%1”（您是否要找“%2”？）</translation>
    </message>
</context>
<context>
    <name>ferry::PreflightModel</name>
    <message>
        <source>Required column not mapped</source>
        <translation>必填列未映射</translation>
    </message>
    <message>
        <source>Duplicate unique value in the load</source>
        <translation>本次加载中的唯一值重复</translation>
    </message>
    <message>
        <source>Unique value already in the target</source>
        <translation>唯一值在目标中已存在</translation>
    </message>
    <message>
        <source>Missing parent row</source>
        <translation>缺少父行</translation>
    </message>
    <message>
        <source>Check constraint</source>
        <translation>检查约束</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>阻断</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Sample keys</source>
        <translation>示例键</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectFile</name>
    <message>
        <source>unknown value %1 (did you mean %2?)</source>
        <translation>未知的值 %1（您是否想输入 %2？）</translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: %2)</source>
        <translation>未知的值 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>must be a target column name (a non-empty string), got %1</source>
        <translation>必须是目标列名（非空字符串），实际为 %1</translation>
    </message>
    <message>
        <source>%1 is not the target of any field in this table</source>
        <translation>%1 不是此表中任何字段的目标</translation>
    </message>
    <message>
        <source>%1 is not the target of any field in this table (did you mean %2?)</source>
        <translation>%1 不是此表中任何字段的目标（您是否想输入 %2？）</translation>
    </message>
    <message>
        <source>such as {&quot;column&quot;: &quot;email&quot;, &quot;kind&quot;: &quot;email&quot;}</source>
        <translation>例如 {&quot;column&quot;: &quot;email&quot;, &quot;kind&quot;: &quot;email&quot;}</translation>
    </message>
    <message>
        <source>needs either &quot;column&quot; or &quot;columns&quot; (one of them)</source>
        <translation>需要 &quot;column&quot; 或 &quot;columns&quot; 其中之一</translation>
    </message>
    <message>
        <source>of target column names</source>
        <translation>元素为目标列名</translation>
    </message>
    <message>
        <source>must name at least one column</source>
        <translation>必须至少指定一个列</translation>
    </message>
    <message>
        <source>must be a similarity above 0 and at most 1 (such as 0.92), got %1</source>
        <translation>必须是大于 0 且不超过 1 的相似度（例如 0.92），实际为 %1</translation>
    </message>
    <message>
        <source>fuzzy matching is for names, companies and free text; %1 keys match exactly</source>
        <translation>模糊匹配适用于姓名、公司名称和自由文本；%1 键只能精确匹配</translation>
    </message>
    <message>
        <source>only phone conditions have a region</source>
        <translation>只有电话条件才有地区（region）</translation>
    </message>
    <message>
        <source>a rule such as {&quot;name&quot;: …, &quot;match&quot;: […]}</source>
        <translation>规则，例如 {&quot;name&quot;: …, &quot;match&quot;: […]}</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>missing; expected the conditions that must all hold</source>
        <translation>缺失；应为必须全部满足的条件</translation>
    </message>
    <message>
        <source>of conditions</source>
        <translation>元素为条件</translation>
    </message>
    <message>
        <source>must hold at least one condition</source>
        <translation>必须至少包含一个条件</translation>
    </message>
    <message>
        <source>of duplicate rules</source>
        <translation>元素为重复记录规则</translation>
    </message>
    <message>
        <source>missing; expected an array of match rules</source>
        <translation>缺失；应为匹配规则数组</translation>
    </message>
    <message>
        <source>of match rules</source>
        <translation>元素为匹配规则</translation>
    </message>
    <message>
        <source>must hold at least one rule (leave &quot;dedupe&quot; out for none)</source>
        <translation>必须至少包含一条规则（如不需要，请省略 &quot;dedupe&quot;）</translation>
    </message>
    <message>
        <source>such as {&quot;default&quot;: &quot;first-non-empty&quot;}</source>
        <translation>例如 {&quot;default&quot;: &quot;first-non-empty&quot;}</translation>
    </message>
    <message>
        <source>survivorship applies only when &quot;action&quot; is &quot;merge&quot;</source>
        <translation>合并规则仅在 &quot;action&quot; 为 &quot;merge&quot; 时适用</translation>
    </message>
    <message>
        <source>missing; &quot;most recent&quot; needs the target column that says when a row changed</source>
        <translation>缺失；&quot;most recent&quot; 需要一个记录行修改时间的目标列</translation>
    </message>
    <message>
        <source>&quot;update&quot; needs the table&apos;s &quot;keys&quot;: the target columns that identify the row to update</source>
        <translation>&quot;update&quot; 需要表的 &quot;keys&quot;：用于标识待更新行的目标列</translation>
    </message>
    <message>
        <source>must be a whole number from 10 to 100000, got %1</source>
        <translation>必须是 10 到 100000 之间的整数，实际为 %1</translation>
    </message>
    <message>
        <source>project file &quot;%1&quot; does not exist</source>
        <translation>项目文件“%1”不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a project file</source>
        <translation>“%1”是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>cannot read project file &quot;%1&quot;: %2</source>
        <translation>无法读取项目文件“%1”：%2</translation>
    </message>
    <message>
        <source>cannot save the project to &quot;%1&quot;: %2</source>
        <translation>无法将项目保存到“%1”：%2</translation>
    </message>
    <message>
        <source>a project file must hold one JSON object { … }, got %1</source>
        <translation>项目文件必须包含一个 JSON 对象 { … }，实际为 %1</translation>
    </message>
    <message>
        <source>missing; expected an array of table mappings (it may be empty)</source>
        <translation>缺失；应为表映射数组（可以为空）</translation>
    </message>
    <message>
        <source>of table mappings</source>
        <translation>元素为表映射</translation>
    </message>
    <message>
        <source>missing; expected %1 (is this a Ferry project file?)</source>
        <translation>缺失；应为 %1（这是 Ferry 项目文件吗？）</translation>
    </message>
    <message>
        <source>this project was saved by a newer Ferry (format %1); this version reads format %2</source>
        <translation>此项目由较新版本的 Ferry 保存（格式 %1）；当前版本只能读取格式 %2</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>必须为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>missing; expected a connection object with &quot;type&quot; &quot;odbc&quot; or &quot;sqlite&quot;</source>
        <translation>缺失；应为连接对象，其 &quot;type&quot; 为 &quot;odbc&quot; 或 &quot;sqlite&quot;</translation>
    </message>
    <message>
        <source>a database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>missing; expected &quot;odbc&quot; or &quot;sqlite&quot;</source>
        <translation>缺失；应为 &quot;odbc&quot; 或 &quot;sqlite&quot;</translation>
    </message>
    <message>
        <source>unknown connection type %1 (expected odbc or sqlite)</source>
        <translation>未知的连接类型 %1（应为 odbc 或 sqlite）</translation>
    </message>
    <message>
        <source>not used by %1 connections, which take: %2</source>
        <translation>%1 连接不使用此项，可用的项为：%2</translation>
    </message>
    <message>
        <source>the SQLite database file (relative to the project file)</source>
        <translation>SQLite 数据库文件（相对于项目文件的路径）</translation>
    </message>
    <message>
        <source>has both &quot;dsn&quot; and &quot;driver&quot;; use one</source>
        <translation>同时指定了 &quot;dsn&quot; 和 &quot;driver&quot;；请只使用其中一个</translation>
    </message>
    <message>
        <source>needs either &quot;dsn&quot; (a configured data source) or &quot;driver&quot; (with host, port and database)</source>
        <translation>需要 &quot;dsn&quot;（已配置的数据源）或 &quot;driver&quot;（以及主机、端口和数据库）其中之一</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65535, got %1</source>
        <translation>必须是 1 到 65535 之间的整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0, got %1</source>
        <translation>必须是不小于 0 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>of connection-string attributes with string values</source>
        <translation>元素为连接字符串属性，值为字符串</translation>
    </message>
    <message>
        <source>an attribute name must not be empty</source>
        <translation>属性名不能为空</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <source>of run options</source>
        <translation>运行选项</translation>
    </message>
    <message>
        <source>unknown state store %1 (expected target or journal)</source>
        <translation>未知的状态存储 %1（应为 target 或 journal）</translation>
    </message>
    <message>
        <source>one table mapping</source>
        <translation>一个表映射</translation>
    </message>
    <message>
        <source>has both &quot;source&quot; and &quot;query&quot;; use one</source>
        <translation>同时指定了 &quot;source&quot; 和 &quot;query&quot;；请只使用其中一个</translation>
    </message>
    <message>
        <source>needs either &quot;source&quot; (a source table) or &quot;query&quot; (SQL that stands in for one)</source>
        <translation>需要 &quot;source&quot;（源表）或 &quot;query&quot;（代替源表的 SQL）其中之一</translation>
    </message>
    <message>
        <source>the name of the target table</source>
        <translation>目标表的名称</translation>
    </message>
    <message>
        <source>must be a target column name (a string), got %1</source>
        <translation>必须是目标列名（字符串），实际为 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>%1 is already listed as keys[%2]</source>
        <translation>%1 已作为 keys[%2] 列出</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 100000, got %1</source>
        <translation>必须是 1 到 100000 之间的整数，实际为 %1</translation>
    </message>
    <message>
        <source>unknown error policy %1 (expected stop or reject)</source>
        <translation>未知的错误策略 %1（应为 stop 或 reject）</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1 (leave it out for no limit), got %2</source>
        <translation>必须是 0 到 %1 之间的整数（省略表示不限制），实际为 %2</translation>
    </message>
    <message>
        <source>missing; expected an array of field mappings (it may be empty)</source>
        <translation>缺失；应为字段映射数组（可以为空）</translation>
    </message>
    <message>
        <source>of field mappings</source>
        <translation>元素为字段映射</translation>
    </message>
    <message>
        <source>%1 is already the target of fields[%2]</source>
        <translation>%1 已是 fields[%2] 的目标</translation>
    </message>
    <message>
        <source>mode %1 needs at least one key: the target columns that identify an existing row</source>
        <translation>模式 %1 至少需要一个键：用于识别已有行的目标列</translation>
    </message>
    <message>
        <source>unknown write mode %1 (expected insert, upsert, update or skip-existing)</source>
        <translation>未知的写入模式 %1（应为 insert、upsert、update 或 skip-existing）</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;target&quot;: &quot;name&quot;, &quot;source&quot;: &quot;company&quot;}, got %1</source>
        <translation>必须是对象，例如 {&quot;target&quot;: &quot;name&quot;, &quot;source&quot;: &quot;company&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>the name of the target column</source>
        <translation>目标列的名称</translation>
    </message>
    <message>
        <source>has both &quot;source&quot; and &quot;constant&quot;; use one</source>
        <translation>同时指定了 &quot;source&quot; 和 &quot;constant&quot;；请只使用其中一个</translation>
    </message>
    <message>
        <source>needs either &quot;source&quot; (a source column) or &quot;constant&quot; (a fixed value)</source>
        <translation>需要 &quot;source&quot;（源列）或 &quot;constant&quot;（固定值）其中之一</translation>
    </message>
    <message>
        <source>must name at least one source column</source>
        <translation>必须至少指定一个源列</translation>
    </message>
    <message>
        <source>must be a source column name (a non-empty string), got %1</source>
        <translation>必须是源列名（非空字符串），实际为 %1</translation>
    </message>
    <message>
        <source>must be a source column name or an array of them, got %1</source>
        <translation>必须是源列名或源列名数组，实际为 %1</translation>
    </message>
    <message>
        <source>of transforms such as [{&quot;type&quot;: &quot;trim&quot;}]</source>
        <translation>元素为转换，例如 [{&quot;type&quot;: &quot;trim&quot;}]</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;type&quot;: &quot;trim&quot;}, got %1</source>
        <translation>必须是对象，例如 {&quot;type&quot;: &quot;trim&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>missing; expected the transform&apos;s name, such as &quot;trim&quot;</source>
        <translation>缺失；应为转换的名称，例如 &quot;trim&quot;</translation>
    </message>
    <message>
        <source>must be the transform&apos;s name (a non-empty string), got %1</source>
        <translation>必须是转换的名称（非空字符串），实际为 %1</translation>
    </message>
    <message>
        <source>the object is not closed properly (expected &quot;,&quot; or &quot;}&quot;)</source>
        <translation>对象未正确结束（应为 &quot;,&quot; 或 &quot;}&quot;）</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after the key</source>
        <translation>键之后应为 &quot;:&quot;</translation>
    </message>
    <message>
        <source>the array is not closed properly (expected &quot;,&quot; or &quot;]&quot;)</source>
        <translation>数组未正确结束（应为 &quot;,&quot; 或 &quot;]&quot;）</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; between values</source>
        <translation>值之间应为 &quot;,&quot;</translation>
    </message>
    <message>
        <source>not a valid JSON value (text needs double quotes; true, false and null are lower case)</source>
        <translation>不是有效的 JSON 值（文本需要使用双引号；true、false 和 null 须为小写）</translation>
    </message>
    <message>
        <source>the text ends in the middle of a number</source>
        <translation>文本在数字中间结束</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>不是有效的数字</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>字符串中有无效的转义序列</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>文本不是有效的 UTF-8；请将文件保存为 UTF-8 编码</translation>
    </message>
    <message>
        <source>the string is not closed (missing &quot;)</source>
        <translation>字符串未结束（缺少 &quot;）</translation>
    </message>
    <message>
        <source>expected a value after the comma (JSON does not allow a trailing comma)</source>
        <translation>逗号之后应有值（JSON 不允许末尾逗号）</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>嵌套层次太深</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>文档太大</translation>
    </message>
    <message>
        <source>unexpected text after the end of the project</source>
        <translation>项目结束后出现多余的文本</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>the project file is empty</source>
        <translation>项目文件为空</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON 语法错误，位于第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>appears more than once in the same object; keep only one</source>
        <translation>在同一对象中出现了多次；请只保留一个</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>unknown key (did you mean %1?)</source>
        <translation>未知的键（您是否想输入 %1？）</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>未知的键（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>passwords are never stored in project files; name an environment variable in &quot;passwordEnv&quot;</source>
        <translation>项目文件中从不保存密码；请在 &quot;passwordEnv&quot; 中指定一个环境变量</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>缺失；应为%1</translation>
    </message>
    <message>
        <source>must be an object (%1), got %2</source>
        <translation>必须是对象（%1），实际为 %2</translation>
    </message>
    <message>
        <source>must be an array (%1), got %2</source>
        <translation>必须是数组（%1），实际为 %2</translation>
    </message>
</context>
<context>
    <name>ferry::ProjectLock</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>无法创建锁文件 %1</translation>
    </message>
</context>
<context>
    <name>ferry::Rehearsal</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The writes were not rehearsed: the target refused to make temporary tables (%1).</source>
        <translation>写入未经预演：目标数据库拒绝创建临时表（%1）。</translation>
    </message>
    <message>
        <source>The writes were rehearsed in temporary copies of the target tables, which only this session saw: the target database judged every row, and nothing was kept.</source>
        <translation>写入已在目标表的临时副本中预演，只有本会话可见：每一行都由目标数据库判定，且没有保留任何内容。</translation>
    </message>
    <message>
        <source>Triggers do not run in the rehearsal; the real run runs them: %1.</source>
        <translation>预演中不会执行触发器；正式运行时会执行：%1。</translation>
    </message>
    <message>
        <source>The counts are Ferry&apos;s own prediction: unique keys and CHECK constraints are evaluated, but refusals only the database makes — values beyond a column&apos;s limits, keys equal under the column&apos;s collation (abc, ABC, &apos;abc &apos;), foreign keys, triggers — are not foreseen, and rows a mapping updates after an earlier mapping inserted them are counted as skipped.</source>
        <translation>这些计数是 Ferry 自己的预测：会检查唯一键和 CHECK 约束，但只有数据库才会做出的拒绝——超出列限制的值、在列排序规则下相等的键（abc、ABC、&apos;abc &apos;）、外键、触发器——无法预见；而前一个映射插入、后一个映射再更新的行会被计为跳过。</translation>
    </message>
</context>
<context>
    <name>ferry::RejectRowsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (source column %2)</source>
        <translation>%1（源列 %2）</translation>
    </message>
    <message>
        <source>Source column %1. Row rejected: %2</source>
        <translation>源列 %1。行被拒绝：%2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
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
        <source>SQL state</source>
        <translation>SQL 状态</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>值 %1</translation>
    </message>
</context>
<context>
    <name>ferry::ReportHtml</name>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1, %2 rejected</source>
        <translation>%1，其中 %2 行被拒绝</translation>
    </message>
    <message>
        <source>1. Counts per table and outcome</source>
        <translation>1. 各表按结果统计的行数</translation>
    </message>
    <message>
        <source>A dry run writes nothing: these numbers say what a run would do.</source>
        <translation>试运行不写入任何数据：这些数字表示实际运行将会执行的操作。</translation>
    </message>
    <message>
        <source>No table was read.</source>
        <translation>未读取任何表。</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Rows per table by outcome</source>
        <translation>各表按结果划分的行数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>值变化</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>all rows accounted for</source>
        <translation>所有行均有去向</translation>
    </message>
    <message>
        <source>%1 rows unaccounted for</source>
        <translation>%1 行去向不明</translation>
    </message>
    <message>
        <source>%1 rows counted twice</source>
        <translation>%1 行被重复计数</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Also in %1.</source>
        <translation>另见 %1。</translation>
    </message>
    <message>
        <source>2. Pre-flight checks</source>
        <translation>2. 预检</translation>
    </message>
    <message>
        <source>No pre-flight problem was found.</source>
        <translation>预检未发现问题。</translation>
    </message>
    <message>
        <source>Problems the target would cause. Blocking ones make rows fail (or the run impossible) as the project stands; warnings are worth a look.</source>
        <translation>目标会引发的问题。按项目当前的设置，阻断级问题会导致行失败（或根本无法运行）；警告值得查看。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Sample keys</source>
        <translation>示例键</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>阻断</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>3. Column risk summary</source>
        <translation>3. 列风险摘要</translation>
    </message>
    <message>
        <source>Every mapped column arrives exactly as it left.</source>
        <translation>所有已映射列的值都将精确保持原样。</translation>
    </message>
    <message>
        <source>Columns not listed arrive exactly.</source>
        <translation>未列出的列将精确保持原样。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>May lose</source>
        <translation>可能丢失</translation>
    </message>
    <message>
        <source>Will fail</source>
        <translation>将失败</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mismatches by kind</source>
        <translation>按类型统计的值变化</translation>
    </message>
    <message>
        <source>The chart counts the %1 mismatches kept in memory.</source>
        <translation>图表统计的是内存中保留的 %1 处值变化。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>以及另外 %1 个</translation>
    </message>
    <message>
        <source>4. Duplicate clusters</source>
        <translation>4. 重复组</translation>
    </message>
    <message>
        <source>No duplicates were found.</source>
        <translation>未发现重复记录。</translation>
    </message>
    <message>
        <source>%1: 1 cluster</source>
        <translation>%1：1 个重复组</translation>
    </message>
    <message>
        <source>%1: %2 clusters</source>
        <translation>%1：%2 个重复组</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Target row</source>
        <translation>目标行</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The first %1 of %2 clusters are shown; %3 more are in the CSV file %4.</source>
        <translation>显示了 %2 个重复组中的前 %1 个；其余 %3 个见 CSV 文件 %4。</translation>
    </message>
    <message>
        <source>%1 more clusters were found than the run keeps in memory; they are counted in the summary but listed neither here nor in the CSV file.</source>
        <translation>发现的重复组比运行在内存中保留的多出 %1 个；它们已计入摘要，但既未在此列出，也未列入 CSV 文件。</translation>
    </message>
    <message>
        <source>5. Mismatches</source>
        <translation>5. 值变化</translation>
    </message>
    <message>
        <source>No value would change on the way.</source>
        <translation>迁移过程中没有值会发生变化。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>row rejected</source>
        <translation>行被拒绝</translation>
    </message>
    <message>
        <source>The first %1 of %2 mismatches are shown; %3 more are in the CSV file %4.</source>
        <translation>显示了 %2 处值变化中的前 %1 处；其余 %3 处见 CSV 文件 %4。</translation>
    </message>
    <message>
        <source>%1 more mismatches were found than the run keeps in memory; they are counted in the summary and the counts per table but listed neither here nor in the CSV file.</source>
        <translation>发现的值变化比运行在内存中保留的多出 %1 处；它们已计入摘要和各表计数，但既未在此列出，也未列入 CSV 文件。</translation>
    </message>
    <message>
        <source>6. Rejected rows</source>
        <translation>6. 被拒绝的行</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>没有行被拒绝。</translation>
    </message>
    <message>
        <source>The marked cells hold the source values that caused the problem.</source>
        <translation>标记的单元格包含导致问题的源值。</translation>
    </message>
    <message>
        <source>SQL state</source>
        <translation>SQL 状态</translation>
    </message>
    <message>
        <source>%1 more rejected rows were not kept in memory; the run&apos;s reject file lists them all.</source>
        <translation>另有 %1 个被拒绝的行未保留在内存中；本次运行的拒绝记录文件列出了全部被拒绝的行。</translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected rows are shown; %3 more are in the CSV file %4.</source>
        <translation>显示了被拒绝的 %2 行中的前 %1 行；其余 %3 行见 CSV 文件 %4。</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>may lose</source>
        <translation>可能丢失</translation>
    </message>
    <message>
        <source>will fail</source>
        <translation>将失败</translation>
    </message>
    <message>
        <source>truncation</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>rounding</source>
        <translation>舍入</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>类型转换</translation>
    </message>
    <message>
        <source>mapped to default</source>
        <translation>映射为默认值</translation>
    </message>
    <message>
        <source>NULL into required column</source>
        <translation>向必填列写入 NULL</translation>
    </message>
    <message>
        <source>required column without mapping or default</source>
        <translation>必填列既无映射也无默认值</translation>
    </message>
    <message>
        <source>unique key repeated within the load</source>
        <translation>唯一键在本次加载中重复</translation>
    </message>
    <message>
        <source>unique key already in the target</source>
        <translation>唯一键在目标中已存在</translation>
    </message>
    <message>
        <source>parent row will not exist</source>
        <translation>父行将不存在</translation>
    </message>
    <message>
        <source>check constraint</source>
        <translation>检查约束</translation>
    </message>
    <message>
        <source>%1 would be written</source>
        <translation>将写入 %1 行</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>已写入 %1 行</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 未变</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>跳过 %1 行</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>拒绝 %1 行</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>1 table</source>
        <translation>1 个表</translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation>%1 个表</translation>
    </message>
    <message>
        <source>1 duplicate cluster</source>
        <translation>1 个重复组</translation>
    </message>
    <message>
        <source>%1 duplicate clusters</source>
        <translation>%1 个重复组</translation>
    </message>
    <message>
        <source>1 mismatch</source>
        <translation>1 处值变化</translation>
    </message>
    <message>
        <source>%1 mismatches</source>
        <translation>%1 处值变化</translation>
    </message>
    <message>
        <source>1 pre-flight problem</source>
        <translation>1 个预检问题</translation>
    </message>
    <message>
        <source>%1 pre-flight problems</source>
        <translation>%1 个预检问题</translation>
    </message>
    <message>
        <source>Dry run report: %1</source>
        <translation>试运行报告：%1</translation>
    </message>
    <message>
        <source>Run report: %1</source>
        <translation>运行报告：%1</translation>
    </message>
    <message>
        <source>Written %1. Elapsed %2 s.</source>
        <translation>生成于 %1。耗时 %2 秒。</translation>
    </message>
    <message>
        <source>Personal values (names, e-mail addresses, phone numbers, addresses …) are masked in this report and its CSV files; keys are not.</source>
        <translation>本报告及其 CSV 文件中的个人信息（姓名、电子邮件地址、电话号码、地址……）已脱敏；键未脱敏。</translation>
    </message>
    <message>
        <source>The run was cancelled; the numbers cover what was done until then.</source>
        <translation>运行已取消；这些数字仅涵盖取消之前已完成的部分。</translation>
    </message>
    <message>
        <source>Counts per table and outcome</source>
        <translation>各表按结果统计的行数</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Column risk summary</source>
        <translation>列风险摘要</translation>
    </message>
    <message>
        <source>Duplicate clusters</source>
        <translation>重复组</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
</context>
<context>
    <name>ferry::Retry</name>
    <message>
        <source>%1 failed (%2); trying again in %3 s (%4 of %5)</source>
        <translation>%1 失败（%2）；将在 %3 秒后重试（第 %4 次，共 %5 次）</translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation>%1 已恢复正常</translation>
    </message>
</context>
<context>
    <name>ferry::RowPreparer</name>
    <message>
        <source>shortened by the &quot;%1&quot; transform</source>
        <translation>被“%1”转换截短</translation>
    </message>
    <message>
        <source>not in the value map; its default was used</source>
        <translation>不在值映射中；已使用其默认值</translation>
    </message>
    <message>
        <source>changed by the &quot;%1&quot; transform</source>
        <translation>被“%1”转换更改</translation>
    </message>
    <message>
        <source>the column cannot hold the source value, so the field&apos;s transforms replaced it (%1)</source>
        <translation>该列无法容纳源值，因此字段的转换将其替换（%1）</translation>
    </message>
</context>
<context>
    <name>ferry::RunHistory</name>
    <message>
        <source>cannot add to %1: %2</source>
        <translation>无法追加到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ferry::RunLedger</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: not a decision a run writes</source>
        <translation>%1，第 %2 行：不是运行写入的去重决定</translation>
    </message>
</context>
<context>
    <name>ferry::RunOutput</name>
    <message>
        <source>cannot create the run folder %1</source>
        <translation>无法创建运行文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write in the run folder %1</source>
        <translation>无法写入运行文件夹 %1</translation>
    </message>
</context>
<context>
    <name>ferry::RunRecord</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is missing: this run folder was not written by a run that can be resumed</source>
        <translation>缺少 %1：此运行文件夹不是由可继续的运行写入的</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 已损坏</translation>
    </message>
</context>
<context>
    <name>ferry::RunReport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The report needs a file name, not a folder: %1</source>
        <translation>报告需要文件名，而不是文件夹：%1</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>ferry::RunState</name>
    <message>
        <source>there is no run to resume in %1</source>
        <translation>%1 中没有可继续的运行</translation>
    </message>
    <message>
        <source>the last run (%1) completed; there is nothing to resume</source>
        <translation>上次运行（%1）已完成；没有可继续的内容</translation>
    </message>
    <message>
        <source>the project&apos;s connections or mappings changed since the interrupted run (%1), so its checkpoints no longer describe this migration; run it again from the start</source>
        <translation>自中断的运行（%1）以来，项目的连接或映射已更改，因此其检查点不再对应此迁移；请从头重新运行</translation>
    </message>
    <message>
        <source>the run stopped without ending: its process was killed or its machine stopped</source>
        <translation>运行未正常结束就停止了：其进程被终止或其计算机已停止</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>运行已被取消</translation>
    </message>
    <message>
        <source>the checkpoints of earlier runs could not be removed: %1</source>
        <translation>无法删除先前运行的检查点：%1</translation>
    </message>
</context>
<context>
    <name>ferry::SchemaFormat</name>
    <message>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表 %1</translation>
    </message>
    <message numerus="yes">
        <source>(about %n row(s))</source>
        <translation>
            <numerusform>（约 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ferry type</source>
        <translation>Ferry 类型</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>可空</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>auto-increment</source>
        <translation>自增</translation>
    </message>
    <message>
        <source>no 4-byte UTF-8 (emoji)</source>
        <translation>不支持 4 字节 UTF-8（表情符号）</translation>
    </message>
    <message>
        <source>Primary key: %1</source>
        <translation>主键：%1</translation>
    </message>
    <message>
        <source>Unique: %1</source>
        <translation>唯一约束：%1</translation>
    </message>
    <message>
        <source>Foreign key: %1 -&gt; %2</source>
        <translation>外键：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Foreign key %1: %2 -&gt; %3</source>
        <translation>外键 %1：%2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>ferry::SourceColumnsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>May be NULL</source>
        <translation>可能为 NULL</translation>
    </message>
    <message>
        <source>Never NULL (NOT NULL)</source>
        <translation>从不为 NULL（NOT NULL）</translation>
    </message>
    <message>
        <source>Mapped to %1</source>
        <translation>已映射到 %1</translation>
    </message>
    <message>
        <source>Not mapped yet: drag it onto a target column.</source>
        <translation>尚未映射：请将其拖到某个目标列上。</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>源列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>映射到</translation>
    </message>
</context>
<context>
    <name>ferry::SqliteConnection</name>
    <message>
        <source>The statement &quot;%1&quot; failed</source>
        <translation>语句“%1”执行失败</translation>
    </message>
    <message>
        <source>The query failed</source>
        <translation>查询失败</translation>
    </message>
    <message>
        <source>Starting a transaction failed</source>
        <translation>开始事务失败</translation>
    </message>
    <message>
        <source>Committing the transaction failed</source>
        <translation>提交事务失败</translation>
    </message>
    <message>
        <source>Rolling back the transaction failed</source>
        <translation>回滚事务失败</translation>
    </message>
    <message>
        <source>Listing the tables failed</source>
        <translation>列出表失败</translation>
    </message>
    <message>
        <source>Reading the structure of %1 failed</source>
        <translation>读取 %1 的结构失败</translation>
    </message>
    <message>
        <source>The table %1 does not exist in %2</source>
        <translation>%2 中不存在表 %1</translation>
    </message>
    <message>
        <source>The statement was cancelled</source>
        <translation>语句已被取消</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available.</source>
        <translation>Qt 的 SQLite 驱动程序（QSQLITE）不可用。</translation>
    </message>
    <message>
        <source>Install the Qt SQLite plugin (on Debian and Ubuntu: libqt6sql6-sqlite) and start Ferry again.</source>
        <translation>请安装 Qt SQLite 插件（Debian 和 Ubuntu 上为 libqt6sql6-sqlite），然后重新启动 Ferry。</translation>
    </message>
    <message>
        <source>Cannot open the SQLite file %1: %2</source>
        <translation>无法打开 SQLite 文件 %1：%2</translation>
    </message>
    <message>
        <source>Check that the file is an SQLite database and that you may read and write it.</source>
        <translation>请检查该文件是否为 SQLite 数据库，以及您是否有读写权限。</translation>
    </message>
    <message>
        <source>Cannot read the init script %1: %2</source>
        <translation>无法读取初始化脚本 %1：%2</translation>
    </message>
    <message>
        <source>Check the init script path in the connection settings.</source>
        <translation>请检查连接设置中的初始化脚本路径。</translation>
    </message>
    <message>
        <source>Fix the init script and open the connection again.</source>
        <translation>请修正初始化脚本，然后重新打开连接。</translation>
    </message>
    <message>
        <source>The init script %1 failed at statement %2 (line %3): %4</source>
        <translation>初始化脚本 %1 在第 %2 条语句（第 %3 行）处失败：%4</translation>
    </message>
    <message>
        <source>The init script %1 failed when committing: %2</source>
        <translation>初始化脚本 %1 在提交时失败：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>No SQLite file is set for the connection &quot;%1&quot;.</source>
        <translation>连接“%1”未设置 SQLite 文件。</translation>
    </message>
    <message>
        <source>Choose the database file in the connection settings.</source>
        <translation>请在连接设置中选择数据库文件。</translation>
    </message>
    <message>
        <source>The SQLite file %1 was not found.</source>
        <translation>找不到 SQLite 文件 %1。</translation>
    </message>
    <message>
        <source>Check the path in the connection settings.</source>
        <translation>请检查连接设置中的路径。</translation>
    </message>
    <message>
        <source>Reading rows failed</source>
        <translation>读取行失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Starting a batch failed</source>
        <translation>开始批次失败</translation>
    </message>
    <message>
        <source>Finishing a batch failed</source>
        <translation>完成批次失败</translation>
    </message>
    <message>
        <source>A row for %1 has %2 values where %3 columns are written</source>
        <translation>%1 的某一行有 %2 个值，但要写入 %3 列</translation>
    </message>
    <message>
        <source>Inserting into %1 failed</source>
        <translation>插入到 %1 失败</translation>
    </message>
    <message>
        <source>This writer only inserts rows</source>
        <translation>此写入器只能插入行</translation>
    </message>
    <message>
        <source>Preparing the insert into %1 failed</source>
        <translation>准备插入到 %1 失败</translation>
    </message>
    <message>
        <source>Preparing the update of %1 failed</source>
        <translation>准备更新 %1 失败</translation>
    </message>
    <message>
        <source>This writer only updates rows</source>
        <translation>此写入器只能更新行</translation>
    </message>
    <message>
        <source>Updating %1 failed</source>
        <translation>更新 %1 失败</translation>
    </message>
</context>
<context>
    <name>ferry::SummaryModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Counts do not add up</source>
        <translation>计数对不上</translation>
    </message>
    <message>
        <source>All rows accounted for</source>
        <translation>所有行均有去向</translation>
    </message>
    <message>
        <source>Stopped early; committed rows counted</source>
        <translation>提前停止；已计入已提交的行</translation>
    </message>
    <message>
        <source>Read %1 = inserted %2 + updated %3 + unchanged %4 + skipped %5 + rejected %6</source>
        <translation>读取 %1 = 插入 %2 + 更新 %3 + 未变 %4 + 跳过 %5 + 拒绝 %6</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>值变化</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
</context>
<context>
    <name>ferry::TableMappingListModel</name>
    <message>
        <source>Insert new rows</source>
        <translation>插入新行</translation>
    </message>
    <message>
        <source>Insert or update</source>
        <translation>插入或更新</translation>
    </message>
    <message>
        <source>Update existing only</source>
        <translation>仅更新已有行</translation>
    </message>
    <message>
        <source>Insert, skip existing</source>
        <translation>插入，跳过已有行</translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL：%1</translation>
    </message>
    <message>
        <source>The source database has no table named &quot;%1&quot;.</source>
        <translation>源数据库中没有名为“%1”的表。</translation>
    </message>
    <message>
        <source>The target database has no table named &quot;%1&quot;.</source>
        <translation>目标数据库中没有名为“%1”的表。</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>choose key columns</source>
        <translation>选择键列</translation>
    </message>
    <message>
        <source>Target columns that identify a row, to find rows that already exist.</source>
        <translation>用于识别行的目标列，以查找已存在的行。</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Rows are counted when the query runs.</source>
        <translation>行数在查询运行时统计。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Write mode</source>
        <translation>写入模式</translation>
    </message>
    <message>
        <source>Match keys</source>
        <translation>匹配键</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>源行数</translation>
    </message>
    <message>
        <source>Why in this order</source>
        <translation>排序原因</translation>
    </message>
    <message>
        <source>Change source table</source>
        <translation>更改源表</translation>
    </message>
    <message>
        <source>Change target table</source>
        <translation>更改目标表</translation>
    </message>
    <message>
        <source>Change write mode</source>
        <translation>更改写入模式</translation>
    </message>
    <message>
        <source>Change match keys</source>
        <translation>更改匹配键</translation>
    </message>
    <message>
        <source>Remove table mapping</source>
        <translation>删除表映射</translation>
    </message>
    <message>
        <source>Remove table mappings</source>
        <translation>删除多个表映射</translation>
    </message>
    <message>
        <source>Add table mapping</source>
        <translation>添加表映射</translation>
    </message>
    <message>
        <source>Edit source query</source>
        <translation>编辑源查询</translation>
    </message>
    <message>
        <source>Match tables by name</source>
        <translation>按名称匹配表</translation>
    </message>
    <message>
        <source>refers to no other table here</source>
        <translation>不引用此处的其他表</translation>
    </message>
    <message>
        <source>%1 refers to %2</source>
        <translation>%1 引用了 %2</translation>
    </message>
    <message>
        <source> (a cycle: written in project order)</source>
        <translation> （循环引用：按项目中的顺序写入）</translation>
    </message>
</context>
<context>
    <name>ferry::TableRunner</name>
    <message>
        <source>stopped at the first rejected row (key %1): %2</source>
        <translation>在第一个被拒绝的行处停止（键 %1）：%2</translation>
    </message>
    <message>
        <source>more than %1 rows of %2 were rejected</source>
        <translation>%2 中被拒绝的行超过 %1 行</translation>
    </message>
</context>
<context>
    <name>ferry::TransformChain</name>
    <message>
        <source>format &quot;%1&quot;: %2</source>
        <translation>格式“%1”：%2</translation>
    </message>
    <message>
        <source>it has no year (&quot;yyyy&quot;)</source>
        <translation>其中没有年份（&quot;yyyy&quot;）</translation>
    </message>
    <message>
        <source>it has no month (&quot;MM&quot;)</source>
        <translation>其中没有月份（&quot;MM&quot;）</translation>
    </message>
    <message>
        <source>it has no day (&quot;dd&quot;)</source>
        <translation>其中没有日（&quot;dd&quot;）</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>time zones (&quot;t&quot;) are not supported: Ferry keeps wall-clock time as written</source>
        <translation>不支持时区（&quot;t&quot;）：Ferry 按原样保留书写的本地时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time field</source>
        <translation>“%1”不是日期或时间字段</translation>
    </message>
    <message>
        <source>%1 is not a valid timestamp in the format %2</source>
        <translation>%1 不是格式为 %2 的有效时间戳</translation>
    </message>
    <message>
        <source>%1 is not a valid date in the format %2</source>
        <translation>%1 不是格式为 %2 的有效日期</translation>
    </message>
    <message>
        <source>%1 is not a valid timestamp in any of the formats %2</source>
        <translation>%1 不是以下任一格式的有效时间戳：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid date in any of the formats %2</source>
        <translation>%1 不是以下任一格式的有效日期：%2</translation>
    </message>
    <message>
        <source>give either &quot;format&quot; or &quot;formats&quot;, not both</source>
        <translation>请指定 &quot;format&quot; 或 &quot;formats&quot; 其中之一，不要同时指定</translation>
    </message>
    <message>
        <source>Parse date</source>
        <translation>解析日期</translation>
    </message>
    <message>
        <source>Reads a date written in a given format, such as dd/MM/yyyy; impossible dates are rejected.</source>
        <translation>按指定格式（例如 dd/MM/yyyy）读取日期；不存在的日期会被拒绝。</translation>
    </message>
    <message>
        <source>Parse timestamp</source>
        <translation>解析时间戳</translation>
    </message>
    <message>
        <source>Reads a date and time written in a given format, such as yyyy-MM-dd HH:mm:ss.zzz, keeping microseconds and never converting time zones.</source>
        <translation>按指定格式（例如 yyyy-MM-dd HH:mm:ss.zzz）读取日期和时间，保留微秒，且从不转换时区。</translation>
    </message>
    <message>
        <source>%1 is not a valid email address</source>
        <translation>%1 不是有效的电子邮件地址</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Trims and lower-cases an email address; rejects the row when it is not an address.</source>
        <translation>去除电子邮件地址首尾空白并转为小写；不是有效地址时拒绝该行。</translation>
    </message>
    <message>
        <source>lookups in %1 are not available</source>
        <translation>无法在 %1 中查找</translation>
    </message>
    <message>
        <source>no %1 with %2 %3</source>
        <translation>%1 中没有 %2 为 %3 的行</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Finds the target row whose column matches the value and writes another of its columns (e.g. an account name becomes the account id).</source>
        <translation>在目标中查找某列与该值匹配的行，并写入该行的另一列（例如将客户名称转换为客户 ID）。</translation>
    </message>
    <message>
        <source>no mapping for %1</source>
        <translation>没有 %1 的映射</translation>
    </message>
    <message>
        <source>Map values</source>
        <translation>值映射</translation>
    </message>
    <message>
        <source>Replaces each listed value by another (&quot;A&quot; -&gt; &quot;active&quot;); other values get the default or are rejected.</source>
        <translation>将列出的每个值替换为另一个值（&quot;A&quot; -&gt; &quot;active&quot;）；其他值使用默认值，或被拒绝。</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number (default region %2)</source>
        <translation>%1 不是有效的电话号码（默认地区 %2）</translation>
    </message>
    <message>
        <source>%1 has an extension, which E.164 cannot hold (set &quot;extension&quot; to &quot;drop&quot; or &quot;keep&quot;)</source>
        <translation>%1 带有分机号，而 E.164 格式无法容纳分机号（请将 &quot;extension&quot; 设为 &quot;drop&quot; 或 &quot;keep&quot;）</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Writes a phone number in international E.164 form (+12015550123). &quot;region&quot; is the country of numbers written without a country code; &quot;extension&quot; says what to do with extensions: reject (default), drop or keep.</source>
        <translation>以国际 E.164 格式（+12015550123）写入电话号码。&quot;region&quot; 指定不带国家代码的号码所属的国家；&quot;extension&quot; 指定如何处理分机号：reject（默认，拒绝）、drop（丢弃）或 keep（保留）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region libphonenumber knows (use a two-letter country code such as &quot;US&quot;)</source>
        <translation>“%1”不是 libphonenumber 能识别的地区（请使用两个字母的国家代码，例如 &quot;US&quot;）</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>%1 has no first name</source>
        <translation>%1 中没有名字</translation>
    </message>
    <message>
        <source>%1 has no last name</source>
        <translation>%1 中没有姓氏</translation>
    </message>
    <message>
        <source>Split name</source>
        <translation>拆分姓名</translation>
    </message>
    <message>
        <source>Takes the first or last name out of a full name (&quot;Jane van der Berg&quot;, &quot;Doe, Jane&quot;), dropping titles and suffixes. &quot;ifMissing&quot;: reject (default), null or empty.</source>
        <translation>从全名（&quot;Jane van der Berg&quot;、&quot;Doe, Jane&quot;）中取出名字或姓氏，并去掉称谓和后缀。&quot;ifMissing&quot;：reject（默认，拒绝）、null 或 empty。</translation>
    </message>
    <message>
        <source>first</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>last</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>去除首尾空白</translation>
    </message>
    <message>
        <source>Removes white space (including non-breaking spaces) at both ends.</source>
        <translation>删除两端的空白字符（包括不间断空格）。</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>转为大写</translation>
    </message>
    <message>
        <source>Turns letters into capitals, in every alphabet.</source>
        <translation>将所有文字体系中的字母转为大写。</translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation>转为小写</translation>
    </message>
    <message>
        <source>Turns letters into small letters, in every alphabet.</source>
        <translation>将所有文字体系中的字母转为小写。</translation>
    </message>
    <message>
        <source>Title case</source>
        <translation>首字母大写</translation>
    </message>
    <message>
        <source>Capitalises the first letter of each word: &quot;o&apos;neil&quot; becomes &quot;O&apos;Neil&quot;, &quot;jean-luc&quot; becomes &quot;Jean-Luc&quot;.</source>
        <translation>将每个单词的首字母大写：&quot;o&apos;neil&quot; 变为 &quot;O&apos;Neil&quot;，&quot;jean-luc&quot; 变为 &quot;Jean-Luc&quot;。</translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Cuts text to at most &quot;length&quot; characters (Unicode code points), never inside a character.</source>
        <translation>将文本截短到最多 &quot;length&quot; 个字符（Unicode 码位），绝不会从字符中间截断。</translation>
    </message>
    <message>
        <source>%1 (did you mean &quot;%2&quot;?)</source>
        <translation>%1（您是否想输入 &quot;%2&quot;？）</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;: &quot;%2&quot; takes no parameters</source>
        <translation>未知的参数 &quot;%1&quot;：&quot;%2&quot; 不接受任何参数</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>&quot;%2&quot; 没有参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the transform has no &quot;type&quot;</source>
        <translation>该转换没有 &quot;type&quot;</translation>
    </message>
    <message>
        <source>unknown transform &quot;%1&quot;</source>
        <translation>未知的转换 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value to work on: the field has no source column, so the chain must start with a &quot;constant&quot;</source>
        <translation>&quot;%1&quot; 没有可处理的值：该字段没有源列，因此转换链必须以 &quot;constant&quot; 开头</translation>
    </message>
    <message>
        <source>the field has no source column and no &quot;constant&quot; transform</source>
        <translation>该字段既没有源列，也没有 &quot;constant&quot; 转换</translation>
    </message>
    <message>
        <source>%1 source columns must become one value: add a &quot;concat&quot; transform</source>
        <translation>%1 个源列必须合并为一个值：请添加 &quot;concat&quot; 转换</translation>
    </message>
    <message>
        <source>expected %1 source values but got %2</source>
        <translation>应有 %1 个源值，实际为 %2 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the parameter %2</source>
        <translation>&quot;%1&quot; 需要参数 %2</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 必须是文本</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2</source>
        <translation>%1 必须是不小于 %2 的整数</translation>
    </message>
    <message>
        <source>%1 must be a list of one or more texts</source>
        <translation>%1 必须是包含一个或多个文本的列表</translation>
    </message>
    <message>
        <source>%1 must be an object such as {&quot;A&quot;: &quot;active&quot;}</source>
        <translation>%1 必须是对象，例如 {&quot;A&quot;: &quot;active&quot;}</translation>
    </message>
    <message>
        <source>the value for &quot;%1&quot; must be text, a number, true, false or null</source>
        <translation>&quot;%1&quot; 的值必须是文本、数字、true、false 或 null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice (keys are compared without case)</source>
        <translation>&quot;%1&quot; 被列出了两次（键的比较不区分大小写）</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1 must be text, a number, true, false or null</source>
        <translation>%1 必须是文本、数字、true、false 或 null</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>拼接</translation>
    </message>
    <message>
        <source>Joins several source columns into one value with a separator; NULLs are left out.</source>
        <translation>用分隔符将多个源列拼接成一个值；NULL 会被忽略。</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <source>Writes the same value in every row.</source>
        <translation>在每一行中写入相同的值。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Replaces NULL and empty text with a value.</source>
        <translation>用指定的值替换 NULL 和空文本。</translation>
    </message>
</context>
<context>
    <name>ferry::TransformParams</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The layout the values are written in, such as dd/MM/yyyy.</source>
        <translation>值的书写格式，例如 dd/MM/yyyy。</translation>
    </message>
    <message>
        <source>e.g. dd/MM/yyyy; several: yyyy-MM-dd | dd/MM/yyyy</source>
        <translation>例如 dd/MM/yyyy；多个格式：yyyy-MM-dd | dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>多个格式</translation>
    </message>
    <message>
        <source>Several layouts, tried in order; the first that matches wins.</source>
        <translation>多个格式，按顺序尝试；使用第一个匹配的格式。</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>目标表</translation>
    </message>
    <message>
        <source>The table of the target database to look in.</source>
        <translation>要在目标数据库中查找的表。</translation>
    </message>
    <message>
        <source>Match column</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>The column compared with the value.</source>
        <translation>与该值比较的列。</translation>
    </message>
    <message>
        <source>Return column</source>
        <translation>返回列</translation>
    </message>
    <message>
        <source>The column whose value is written instead.</source>
        <translation>其值将被写入以替代原值的列。</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值映射</translation>
    </message>
    <message>
        <source>Each value to find and what to write instead.</source>
        <translation>要查找的每个值，以及替换为写入的内容。</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>其他值</translation>
    </message>
    <message>
        <source>What to write for a value that is not listed; without it such a row is rejected.</source>
        <translation>未列出的值要写入的内容；不设置时，此类行会被拒绝。</translation>
    </message>
    <message>
        <source>empty: reject values not listed</source>
        <translation>留空：拒绝未列出的值</translation>
    </message>
    <message>
        <source>Ignore spaces at both ends</source>
        <translation>忽略首尾空格</translation>
    </message>
    <message>
        <source>White space at both ends of a value is ignored when comparing.</source>
        <translation>比较时忽略值首尾的空白。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>The country of numbers written without a country code.</source>
        <translation>未写国家代码的号码所属的国家。</translation>
    </message>
    <message>
        <source>two-letter country code, e.g. US</source>
        <translation>两个字母的国家代码，例如 US</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分机号</translation>
    </message>
    <message>
        <source>What to do with a number that has an extension, which E.164 cannot hold.</source>
        <translation>号码带有分机号时如何处理（E.164 无法容纳分机号）。</translation>
    </message>
    <message>
        <source>Reject the row</source>
        <translation>拒绝该行</translation>
    </message>
    <message>
        <source>Drop the extension</source>
        <translation>丢弃分机号</translation>
    </message>
    <message>
        <source>Keep it as ;ext=</source>
        <translation>保留为 ;ext=</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>姓名部分</translation>
    </message>
    <message>
        <source>Which part of the name to write.</source>
        <translation>要写入姓名的哪一部分。</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>If missing</source>
        <translation>缺失时</translation>
    </message>
    <message>
        <source>What to write when the name has no such part.</source>
        <translation>姓名中没有该部分时写入的内容。</translation>
    </message>
    <message>
        <source>Write NULL</source>
        <translation>写入 NULL</translation>
    </message>
    <message>
        <source>Write empty text</source>
        <translation>写入空文本</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>The most characters the text keeps; longer text is cut.</source>
        <translation>文本最多保留的字符数；更长的文本会被截断。</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>Values are compared without case.</source>
        <translation>比较值时忽略大小写。</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>The text put between the values.</source>
        <translation>放在各个值之间的文本。</translation>
    </message>
    <message>
        <source>Leave out empty text</source>
        <translation>忽略空文本</translation>
    </message>
    <message>
        <source>Empty text is left out, so no separator stands for it.</source>
        <translation>忽略空文本，因此不会为其添加分隔符。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The value to write: text, a number, true, false or NULL.</source>
        <translation>要写入的值：文本、数字、true、false 或 NULL。</translation>
    </message>
</context>
<context>
    <name>ferry::TransformPreview</name>
    <message>
        <source>The source has no table %1.</source>
        <translation>源中没有表 %1。</translation>
    </message>
    <message>
        <source>(constant)</source>
        <translation>（常量）</translation>
    </message>
    <message>
        <source>the source has no column %1</source>
        <translation>源中没有列 %1</translation>
    </message>
    <message>
        <source>the transforms are not valid</source>
        <translation>转换无效</translation>
    </message>
    <message>
        <source>looked up in %1 at run time</source>
        <translation>运行时在 %1 中查找</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>%1, looked up in %2 at run time</source>
        <translation>%1，运行时在 %2 中查找</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>转换前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>转换后</translation>
    </message>
</context>
<context>
    <name>ferry::TransformRisk</name>
    <message>
        <source>Rows whose %1 is not a date and time in the given format are rejected.</source>
        <translation>%1 不是指定格式日期和时间的行会被拒绝。</translation>
    </message>
    <message>
        <source>Rows whose %1 is not a date in the given format are rejected.</source>
        <translation>%1 不是指定格式日期的行会被拒绝。</translation>
    </message>
    <message>
        <source>Rows whose %1 is not an email address (or is empty) are rejected.</source>
        <translation>%1 不是电子邮件地址（或为空）的行会被拒绝。</translation>
    </message>
    <message>
        <source>Rows whose %1 has no match in %2.%3 are rejected.</source>
        <translation>%1 在 %2.%3 中没有匹配项的行会被拒绝。</translation>
    </message>
    <message>
        <source>Rows whose %1 is not listed in the map are rejected.</source>
        <translation>%1 未在映射表中列出的行会被拒绝。</translation>
    </message>
    <message>
        <source>Rows whose %1 is not a valid phone number (or is empty) are rejected.</source>
        <translation>%1 不是有效电话号码（或为空）的行会被拒绝。</translation>
    </message>
    <message>
        <source>Names in %1 without a first name are rejected.</source>
        <translation>%1 中没有名字的姓名会被拒绝。</translation>
    </message>
    <message>
        <source>Names in %1 without a last name are rejected.</source>
        <translation>%1 中没有姓氏的姓名会被拒绝。</translation>
    </message>
    <message>
        <source>Values of %1 longer than %2 characters are cut to %2.</source>
        <translation>%1 中长度超过 %2 个字符的值会被截断为 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>ferry::TwinTables</name>
    <message>
        <source>rehearsing in temporary tables is not supported for this database</source>
        <translation>此数据库不支持在临时表中预演</translation>
    </message>
    <message>
        <source>cannot read the sequence %1</source>
        <translation>无法读取序列 %1</translation>
    </message>
</context>
<context>
    <name>ferry::UniqueChecker</name>
    <message>
        <source>primary key (%1)</source>
        <translation>主键（%1）</translation>
    </message>
    <message>
        <source>unique key (%1)</source>
        <translation>唯一键（%1）</translation>
    </message>
    <message>
        <source>would break the %1: the target already holds this value</source>
        <translation>将违反%1：目标中已存在此值</translation>
    </message>
    <message>
        <source>would break the %1: an earlier row of this load has the same value</source>
        <translation>将违反%1：本次加载中较早的一行具有相同的值</translation>
    </message>
</context>
<context>
    <name>ferry::ValueLimits</name>
    <message>
        <source>%1 cannot be stored in column %2: only PostgreSQL&apos;s numeric holds NaN and infinite decimals (map it with a transform)</source>
        <translation>%1 无法存入列 %2：只有 PostgreSQL 的 numeric 能保存 NaN 和无穷大的小数（请用转换进行映射）</translation>
    </message>
    <message>
        <source>%1 cannot be stored in column %2: %3 has no infinite dates or timestamps (map it to a date or NULL with a transform)</source>
        <translation>%1 无法存入列 %2：%3 没有无穷大的日期或时间戳（请用转换将其映射为某个日期或 NULL）</translation>
    </message>
    <message>
        <source>%1 is not a calendar date; column %2 in %3 cannot hold it (map it to a date or NULL with a transform)</source>
        <translation>%1 不是日历上的日期；%3 中的列 %2 无法保存它（请用转换将其映射为某个日期或 NULL）</translation>
    </message>
    <message>
        <source>%1 is outside the years column %2 can hold (%3 keeps years 0001 to 9999)</source>
        <translation>%1 超出了列 %2 能保存的年份范围（%3 只保存 0001 到 9999 年）</translation>
    </message>
    <message>
        <source>%1 is outside what column %2 can hold (MariaDB&apos;s TIMESTAMP keeps 1970-01-01 00:00:01 to 2038-01-19 03:14:07.999999 UTC)</source>
        <translation>%1 超出了列 %2 能保存的范围（MariaDB 的 TIMESTAMP 只保存 UTC 1970-01-01 00:00:01 到 2038-01-19 03:14:07.999999）</translation>
    </message>
    <message>
        <source>%1 is outside what column %2 can hold (MariaDB&apos;s YEAR keeps 1901 to 2155 and 0)</source>
        <translation>%1 超出了列 %2 能保存的范围（MariaDB 的 YEAR 只保存 1901 到 2155 以及 0）</translation>
    </message>
    <message>
        <source>%1 is not a time of day; column %2 holds %3</source>
        <translation>%1 不是一天中的时刻；列 %2 的范围为 %3</translation>
    </message>
    <message>
        <source>NaN cannot be stored in column %1: %2 has no NaN (it would become NULL or an error)</source>
        <translation>NaN 无法存入列 %1：%2 没有 NaN（它会变成 NULL 或报错）</translation>
    </message>
    <message>
        <source>%1 cannot be stored in column %2: %3 has no infinite numbers</source>
        <translation>%1 无法存入列 %2：%3 没有无穷大的数</translation>
    </message>
    <message>
        <source>-0 cannot be stored in column %1: %2 keeps it as 0 (map it with a transform)</source>
        <translation>-0 无法存入列 %1：%2 会将其保存为 0（请用转换进行映射）</translation>
    </message>
    <message>
        <source>%1 is not one of the values column %2 can hold (%3)</source>
        <translation>%1 不是列 %2 可保存的值之一（%3）</translation>
    </message>
    <message>
        <source>%1 is not a choice of the values column %2 can hold (%3)</source>
        <translation>%1 不是由列 %2 可保存的值组成的选择（%3）</translation>
    </message>
    <message>
        <source>%1 would be stored as &quot;%2&quot; in column %3: MariaDB&apos;s SET keeps its values in the column&apos;s order (%4), each once</source>
        <translation>%1 在列 %3 中会被保存为“%2”：MariaDB 的 SET 按列定义的顺序（%4）保存各值，且每个值只保存一次</translation>
    </message>
    <message>
        <source>column %1 holds text and the value is binary data (%2 bytes); convert it with a transform to write it as text</source>
        <translation>列 %1 保存文本，而该值是二进制数据（%2 字节）；请用转换将其转为文本后再写入</translation>
    </message>
    <message>
        <source>the text for column %1 is not valid UTF-8 (byte 0x%2 at offset %3)</source>
        <translation>列 %1 的文本不是有效的 UTF-8（偏移 %3 处的字节 0x%2）</translation>
    </message>
    <message>
        <source>the text for column %1 contains a NUL character (U+0000), which PostgreSQL text cannot hold (at offset %2)</source>
        <translation>列 %1 的文本包含 NUL 字符（U+0000），PostgreSQL 的文本无法保存它（偏移 %2 处）</translation>
    </message>
    <message>
        <source>the value for column %1 is %2 bytes (%3); the column holds at most %4 bytes</source>
        <translation>列 %1 的值为 %2 字节（%3）；该列最多只能保存 %4 字节</translation>
    </message>
    <message>
        <source>the value for column %1 is %2 bytes (%3); MariaDB&apos;s BINARY(%4) would pad it with zero bytes to %4</source>
        <translation>列 %1 的值为 %2 字节（%3）；MariaDB 的 BINARY(%4) 会用零字节将其填充到 %4 字节</translation>
    </message>
</context>
<context>
    <name>ferry::Verifier</name>
    <message>
        <source>no match keys and the target&apos;s primary key is not mapped (or generated by the database): whole rows are compared, so a changed row shows as one missing and one extra</source>
        <translation>没有匹配键，且目标的主键未映射（或由数据库生成）：将比较整行，因此一行发生更改会显示为一行缺失和一行多余</translation>
    </message>
    <message>
        <source>skip-existing: rows that were in the target before the run were left as they were; if they differ from the source they are reported as different</source>
        <translation>skip-existing：运行前已在目标中的行保持原样；如果它们与源不同，会被报告为不同</translation>
    </message>
    <message>
        <source>rows of this table that no mapping expects are counted as extra under tables[%1]</source>
        <translation>此表中没有任何映射预期的行计为 tables[%1] 下的多余行</translation>
    </message>
    <message>
        <source>tables[%1] writes this table too but not its key: its rows may show as extra here</source>
        <translation>tables[%1] 也写入此表，但不写入其键：它的行可能在此显示为多余行</translation>
    </message>
    <message>
        <source>%1: hashing the source and the target</source>
        <translation>%1：正在计算源和目标的哈希值</translation>
    </message>
    <message numerus="yes">
        <source>%n source row(s) the run skipped as duplicates are not expected</source>
        <translation>
            <numerusform>运行作为重复记录跳过的 %n 个源行不计入预期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source row(s) are expected as the run wrote them: merged with their duplicates or under the key of the target row they updated</source>
        <translation>
            <numerusform>%n 个源行按运行写入的值预期：与其重复记录合并，或使用其所更新目标行的键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bucket(s) differ, comparing their rows</source>
        <translation>
            <numerusform>%1：%n 个桶不一致，正在比较其中的行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>update-only: %n source row(s) have no target row; the run skipped them</source>
        <translation>
            <numerusform>仅更新：%n 个源行没有对应的目标行；运行已跳过它们</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target row(s) are expected by another mapping into the same table, not counted here</source>
        <translation>
            <numerusform>%n 个目标行由写入同一表的另一个映射预期，不在此计数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target row(s) hold the key of a source row the run left out (rejected or skipped): the run did not write over them, and they are not counted as extra</source>
        <translation>
            <numerusform>%n 个目标行的键属于本次运行未写入的源行（被拒绝或跳过）：运行没有覆盖它们，也不将其计为多余行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source row(s) share their key with another source row; the target keeps one per key (%1)</source>
        <translation>
            <numerusform>%n 个源行与其他源行键相同；目标中每个键只保留一行（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: matched %2, missing %3, extra %4, different %5</source>
        <translation>%1：一致 %2，缺失 %3，多余 %4，不同 %5</translation>
    </message>
    <message>
        <source>the project writes no target table &quot;%1&quot;</source>
        <translation>项目没有写入目标表“%1”</translation>
    </message>
    <message>
        <source>No earlier run found in %1: only rows the rules refuse are left out</source>
        <translation>在 %1 中未找到之前的运行：仅排除被规则拒绝的行</translation>
    </message>
    <message>
        <source>Rows the run in %1 rejected or skipped are not expected</source>
        <translation>%1 中的运行所拒绝或跳过的行不计入预期</translation>
    </message>
    <message>
        <source>verifying %1 failed: %2</source>
        <translation>校验 %1 失败：%2</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <source>%1: expected %2, in target %3, matched %4, missing %5, extra %6, different %7</source>
        <translation>%1：预期 %2，目标中 %3，一致 %4，缺失 %5，多余 %6，不同 %7</translation>
    </message>
    <message>
        <source> — differing columns: %1</source>
        <translation> — 不同的列：%1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Sample differences:
</source>
        <translation>差异示例：
</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1：预期 %2，实际 %3</translation>
    </message>
    <message>
        <source>Verified: the target holds exactly the expected rows (%1 s)
</source>
        <translation>校验通过：目标中的行与预期完全一致（%1 秒）
</translation>
    </message>
    <message>
        <source>Differences found (%1 s)
</source>
        <translation>发现差异（%1 秒）
</translation>
    </message>
</context>
<context>
    <name>ferry::VerifyModel</name>
    <message>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>Rows missing or extra</source>
        <translation>存在缺失或多余的行</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Source → target table</source>
        <translation>源表 → 目标表</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>多余</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Differing columns</source>
        <translation>不同的列</translation>
    </message>
</context>
<context>
    <name>ferry::cli</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>mismatches</source>
        <translation>值变化</translation>
    </message>
    <message>
        <source>Dry run (nothing was written to the target)
</source>
        <translation>试运行（未向目标写入任何数据）
</translation>
    </message>
    <message>
        <source>Run finished
</source>
        <translation>运行完成
</translation>
    </message>
    <message>
        <source>Status: %1, %2 s
</source>
        <translation>状态：%1，%2 秒
</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>Log: %1
Rejects: %2
</source>
        <translation>日志：%1
拒绝记录：%2
</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <source>%1 is valid. Tables in run order:
</source>
        <translation>%1 有效。按运行顺序排列的表：
</translation>
    </message>
    <message>
        <source>  %1 (%2, %3 fields)
</source>
        <translation>  %1（%2，%3 个字段）
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>%1 %2 (driver %3 %4)

</source>
        <translation>%1 %2（驱动程序 %3 %4）

</translation>
    </message>
    <message>
        <source>ODBC drivers:
</source>
        <translation>ODBC 驱动程序：
</translation>
    </message>
    <message>
        <source>ODBC data sources:
</source>
        <translation>ODBC 数据源：
</translation>
    </message>
    <message>
        <source>  (none configured)
</source>
        <translation>  （未配置）
</translation>
    </message>
    <message>
        <source>Cancelling… (press Ctrl+C again to stop at once)</source>
        <translation>正在取消…（再按一次 Ctrl+C 立即停止）</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>usage: ferry-cli validate|inspect|dry-run|run|resume|sync|verify TARGET [--json]</source>
        <translation>用法：ferry-cli validate|inspect|dry-run|run|resume|sync|verify TARGET [--json]</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>未知命令“%1”；请尝试 --help</translation>
    </message>
    <message>
        <source>Migrate and sync CRM data between databases.

Commands:
  validate PROJECT       check a project file against both databases
  inspect WHAT           print tables, columns and keys; WHAT is a project file,
                         a SQLite file, an ODBC connection string or dsn:NAME
  dry-run PROJECT        show what a run would do; writes nothing to the target
  run PROJECT            migrate
  resume PROJECT         continue the project&apos;s interrupted run where it stopped
  sync PROJECT           run for a scheduler: one at a time per project, each in
                         history.jsonl; with --watch again and again until stopped
  verify PROJECT         compare the target with what the last run should have left there
  drivers                list installed ODBC drivers and data sources

Exit codes: 0 every row landed, 1 finished with rejects, 2 bad project or usage,
3 connection failure, 4 run failed or aborted (or cancelled), 5 sync: another sync of
the project is running.</source>
        <translation>在数据库之间迁移和同步 CRM 数据。

命令：
  validate PROJECT       对照两个数据库检查项目文件
  inspect WHAT           打印表、列和键；WHAT 可以是项目文件、
                         SQLite 文件、ODBC 连接字符串或 dsn:NAME
  dry-run PROJECT        显示运行将执行的操作；不向目标写入任何数据
  run PROJECT            执行迁移
  resume PROJECT         从中断处继续项目被中断的运行
  sync PROJECT           供计划任务运行：每个项目同一时间只运行一个，每次都记入
                         history.jsonl；加 --watch 时反复运行，直到被停止
  verify PROJECT         将目标与上次运行后应有的数据进行比较
  drivers                列出已安装的 ODBC 驱动程序和数据源

退出码：0 所有行均已写入，1 已完成但有被拒绝的行，2 项目或用法错误，
3 连接失败，4 运行失败、中止或被取消，5 sync：该项目的另一次同步
正在运行。</translation>
    </message>
    <message>
        <source>Print the result as JSON on stdout.</source>
        <translation>以 JSON 格式将结果输出到标准输出。</translation>
    </message>
    <message>
        <source>dry-run: only the first N rows of each table.</source>
        <translation>dry-run：每个表只处理前 N 行。</translation>
    </message>
    <message>
        <source>inspect a project: source or target only.</source>
        <translation>inspect 项目时：只查看 source（源）或 target（目标）。</translation>
    </message>
    <message>
        <source>Folder for run logs and reject files.</source>
        <translation>存放运行日志和拒绝记录文件的文件夹。</translation>
    </message>
    <message>
        <source>dry-run, run: write an HTML report (and CSV files beside it).</source>
        <translation>dry-run、run：写入 HTML 报告（并在其旁边生成 CSV 文件）。</translation>
    </message>
    <message>
        <source>Mask personal values (names, e-mail, phone) in the report.</source>
        <translation>在报告中对个人信息（姓名、电子邮件、电话）进行脱敏。</translation>
    </message>
    <message>
        <source>dry-run: predict with Ferry&apos;s own checks instead of rehearsing the writes in temporary tables (faster; misses what only the database refuses).</source>
        <translation>dry-run：使用 Ferry 自己的检查进行预测，而不在临时表中预演写入（更快；但会漏掉只有数据库才会拒绝的情况）。</translation>
    </message>
    <message>
        <source>run, sync: write at most N rows per second on average.</source>
        <translation>run、sync：平均每秒最多写入 N 行。</translation>
    </message>
    <message>
        <source>sync: sync again INTERVAL after each sync ends (30s, 5m, 1h or seconds) until Ctrl+C or SIGTERM.</source>
        <translation>sync：每次同步结束后间隔 INTERVAL（30s、5m、1h 或秒数）再次同步，直到按 Ctrl+C 或收到 SIGTERM。</translation>
    </message>
    <message>
        <source>sync: reserved for delete propagation (accepted, no effect yet).</source>
        <translation>sync：为删除传播保留（可接受，暂无效果）。</translation>
    </message>
    <message>
        <source>validate, inspect, dry-run, run, resume, sync, verify or drivers</source>
        <translation>validate、inspect、dry-run、run、resume、sync、verify 或 drivers</translation>
    </message>
    <message>
        <source>project file or connection</source>
        <translation>项目文件或连接</translation>
    </message>
    <message>
        <source>--limit needs a whole number of rows</source>
        <translation>--limit 需要一个整数行数</translation>
    </message>
    <message>
        <source>--max-rows-per-second needs a number of rows greater than 0</source>
        <translation>--max-rows-per-second 需要一个大于 0 的行数</translation>
    </message>
    <message>
        <source>--watch needs the sync command and an interval such as 30s, 5m, 1h or a number of seconds</source>
        <translation>--watch 需要与 sync 命令一起使用，并给出间隔，例如 30s、5m、1h 或秒数</translation>
    </message>
    <message>
        <source>Password for %1 (user %2; Enter for none): </source>
        <translation>%1 的密码（用户 %2；直接按 Enter 表示无密码）：</translation>
    </message>
    <message>
        <source>Password for %1 (%2 is not set): </source>
        <translation>%1 的密码（未设置 %2）：</translation>
    </message>
    <message>
        <source>The password for %1 comes from the environment variable %2, which is not set. Set it, or run ferry-cli in a terminal to be asked for it.</source>
        <translation>%1 的密码来自环境变量 %2，但该变量未设置。请设置它，或在终端中运行 ferry-cli 以便输入密码。</translation>
    </message>
    <message>
        <source>, ETA %1:%2</source>
        <translation>，预计剩余 %1:%2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 rows/s%4, %5 rejected</source>
        <translation>%1：%2 行，%3 行/秒%4，拒绝 %5 行</translation>
    </message>
    <message>
        <source>%1 failed: %2. Reconnecting in %3 s (try %4 of %5)…</source>
        <translation>%1 失败：%2。将在 %3 秒后重新连接（第 %4 次，共 %5 次）…</translation>
    </message>
    <message>
        <source>%1 works again.</source>
        <translation>%1 已恢复正常。</translation>
    </message>
    <message>
        <source>Report: %1 (+ %2 CSV files)</source>
        <translation>报告：%1（另有 %2 个 CSV 文件）</translation>
    </message>
    <message>
        <source>another sync of project &quot;%1&quot; (%2) is running: process %3 holds %4; this sync did not start</source>
        <translation>项目“%1”（%2）的另一次同步正在运行：进程 %3 持有 %4；本次同步未启动</translation>
    </message>
    <message>
        <source>another sync of project &quot;%1&quot; (%2) is running: it holds %3; this sync did not start</source>
        <translation>项目“%1”（%2）的另一次同步正在运行：它持有 %3；本次同步未启动</translation>
    </message>
    <message>
        <source>Next sync at %1 (Ctrl+C stops)</source>
        <translation>下次同步时间：%1（按 Ctrl+C 停止）</translation>
    </message>
</context>
<context>
    <name>ferry::dedupe</name>
    <message>
        <source>%1 matched rows %2; kept %3, the first one read, and skipped %4.</source>
        <translation>%1 匹配了第 %2 行；保留了最先读取的 %3，跳过了 %4。</translation>
    </message>
    <message>
        <source>%1 matched rows %2; kept %3, the most recent by %4 (%5), and skipped %6.</source>
        <translation>%1 匹配了第 %2 行；保留了按 %4 最新的 %3（%5），跳过了 %6。</translation>
    </message>
    <message>
        <source>%1 matched rows %2; kept %3, the most complete (%4 of %5 values filled), and skipped %6.</source>
        <translation>%1 匹配了第 %2 行；保留了最完整的 %3（%5 个值中填写了 %4 个），跳过了 %6。</translation>
    </message>
    <message>
        <source>%1 matched rows %2; merged them into %3 (its values won everywhere) and skipped %4.</source>
        <translation>%1 匹配了第 %2 行；已合并到 %3（全部采用它的值），跳过了 %4。</translation>
    </message>
    <message>
        <source>%1 matched rows %2; merged them into %3, taking %4 from the other rows, and skipped %5.</source>
        <translation>%1 匹配了第 %2 行；已合并到 %3，并从其他行取用了 %4，跳过了 %5。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Rules %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1 matched rows %2; all of them are written and flagged for review.</source>
        <translation>%1 匹配了第 %2 行；这些行全部写入并标记以供复核。</translation>
    </message>
</context>
<context>
    <name>ferry::odbc</name>
    <message>
        <source>The ODBC driver returned no data for column %1</source>
        <translation>ODBC 驱动程序未返回列 %1 的数据</translation>
    </message>
    <message>
        <source>Cannot read the value of column %1</source>
        <translation>无法读取列 %1 的值</translation>
    </message>
</context>
<context>
    <name>ferry::odbc::Canceller</name>
    <message>
        <source>The statement was cancelled: %1</source>
        <translation>语句已被取消：%1</translation>
    </message>
    <message>
        <source>The statement was cancelled</source>
        <translation>语句已被取消</translation>
    </message>
</context>
<context>
    <name>ferry::odbc::Connect</name>
    <message>
        <source>The %1 ODBC driver cannot take a &quot;;&quot; in the connection setting %2.</source>
        <translation>%1 ODBC 驱动程序不接受连接设置 %2 中的 &quot;;&quot;。</translation>
    </message>
    <message>
        <source>Rename the value, or use a data source (DSN) configured in the ODBC administrator.</source>
        <translation>请修改该值，或使用在 ODBC 管理器中配置的数据源（DSN）。</translation>
    </message>
    <message>
        <source>psqlODBC (Debian/Ubuntu: odbc-postgresql)</source>
        <translation>psqlODBC（Debian/Ubuntu：odbc-postgresql）</translation>
    </message>
    <message>
        <source>MariaDB Connector/ODBC (Debian/Ubuntu: odbc-mariadb)</source>
        <translation>MariaDB Connector/ODBC（Debian/Ubuntu：odbc-mariadb）</translation>
    </message>
    <message>
        <source>the SQLite ODBC driver (Debian/Ubuntu: libsqliteodbc)</source>
        <translation>SQLite ODBC 驱动程序（Debian/Ubuntu：libsqliteodbc）</translation>
    </message>
    <message>
        <source>your database vendor&apos;s ODBC driver</source>
        <translation>数据库厂商提供的 ODBC 驱动程序</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(the driver&apos;s message is withheld because it contains the password)</source>
        <translation>（驱动程序的消息包含密码，因此不予显示）</translation>
    </message>
    <message>
        <source>The ODBC data source &quot;%1&quot; is not configured.</source>
        <translation>未配置 ODBC 数据源“%1”。</translation>
    </message>
    <message>
        <source>Configured data sources: %1. Create the data source in the ODBC administrator (odbc.ini), or connect with a driver, host and database instead.</source>
        <translation>已配置的数据源：%1。请在 ODBC 管理器（odbc.ini）中创建该数据源，或改用驱动程序、主机和数据库进行连接。</translation>
    </message>
    <message>
        <source>The ODBC driver &quot;%1&quot; is registered but its library cannot be loaded.</source>
        <translation>ODBC 驱动程序“%1”已注册，但无法加载其库文件。</translation>
    </message>
    <message>
        <source>Reinstall %1; the driver manager said: %2</source>
        <translation>请重新安装 %1；驱动程序管理器的消息：%2</translation>
    </message>
    <message>
        <source>The ODBC driver &quot;%1&quot; is not installed.</source>
        <translation>未安装 ODBC 驱动程序“%1”。</translation>
    </message>
    <message>
        <source>Installed drivers: %1. Pick one of them, or install %2.</source>
        <translation>已安装的驱动程序：%1。请从中选择一个，或安装 %2。</translation>
    </message>
    <message>
        <source>Note: the MariaDB ODBC driver drops spaces at the start and end of a password, so such a password cannot be used through ODBC.</source>
        <translation>注意：MariaDB ODBC 驱动程序会去掉密码首尾的空格，因此这样的密码无法通过 ODBC 使用。</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password for &quot;%2&quot;.</source>
        <translation>服务器 %1 拒绝了“%2”的用户名或密码。</translation>
    </message>
    <message>
        <source>Check the user name and password. The server said: %1</source>
        <translation>请检查用户名和密码。服务器的消息：%1</translation>
    </message>
    <message>
        <source>Check the user name and the password in the environment variable %1. The server said: %2</source>
        <translation>请检查用户名以及环境变量 %1 中的密码。服务器的消息：%2</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the server %2.</source>
        <translation>服务器 %2 上不存在数据库“%1”。</translation>
    </message>
    <message>
        <source>Check the spelling of the database name, or create the database first.</source>
        <translation>请检查数据库名称的拼写，或先创建该数据库。</translation>
    </message>
    <message>
        <source>The folder of the SQLite file &quot;%1&quot; does not exist.</source>
        <translation>SQLite 文件“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Check the path of the database file.</source>
        <translation>请检查数据库文件的路径。</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; cannot be found.</source>
        <translation>找不到服务器名称“%1”。</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, and that this computer can resolve it (network, VPN, DNS).</source>
        <translation>请检查主机名的拼写，以及本机能否解析该名称（网络、VPN、DNS）。</translation>
    </message>
    <message numerus="yes">
        <source>The database server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>位于 %1 的数据库服务器在 %n 秒内没有应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the server is running and not overloaded, and that no firewall drops the connection; if the server is only slow to accept logins, raise &quot;loginTimeout&quot; in the connection settings. The driver said: %1</source>
        <translation>请检查服务器是否在运行且未过载，以及是否有防火墙丢弃连接；如果服务器只是接受登录较慢，请在连接设置中调大 &quot;loginTimeout&quot;。驱动程序提示：%1</translation>
    </message>
    <message>
        <source>The database server at %1 cannot be reached.</source>
        <translation>无法访问位于 %1 的数据库服务器。</translation>
    </message>
    <message>
        <source>Check the host name and port, that the database server is running, and that no firewall blocks the port. The driver said: %1</source>
        <translation>请检查主机名和端口、数据库服务器是否正在运行，以及是否有防火墙阻止该端口。驱动程序的消息：%1</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Check the connection settings (%1).</source>
        <translation>请检查连接设置（%1）。</translation>
    </message>
    <message>
        <source>The session could not be prepared (%1): %2</source>
        <translation>无法准备会话（%1）：%2</translation>
    </message>
    <message>
        <source>Check that the user may change session settings.</source>
        <translation>请检查该用户是否有权更改会话设置。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConditionEditor</name>
    <message>
        <source>Columns compared</source>
        <translation>比较的列</translation>
    </message>
    <message>
        <source>Check the columns this condition compares; several are joined (first and last name). Space checks the current one.</source>
        <translation>勾选此条件比较的列；多列会拼接在一起（如名和姓）。按空格键勾选当前列。</translation>
    </message>
    <message>
        <source>Kind of comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Fuzzy threshold</source>
        <translation>模糊阈值</translation>
    </message>
    <message>
        <source>off (values equal)</source>
        <translation>关闭（值须相同）</translation>
    </message>
    <message>
        <source>Rows match when the Jaro-Winkler similarity of their values is at least this much (0.92 catches a typo in a name); off: the normalised values must be equal.</source>
        <translation>两行值的 Jaro-Winkler 相似度不低于此值时即匹配（0.92 可容忍姓名中的一个拼写错误）；关闭：规范化后的值必须相同。</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>电话地区</translation>
    </message>
    <message>
        <source>Two-letter country code for numbers written without one (US, DE, GB …).</source>
        <translation>未写国家代码的号码所用的两字母国家代码（US、DE、GB …）。</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>列(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Fuzzy at least:</source>
        <translation>模糊至少(&amp;F)：</translation>
    </message>
    <message>
        <source>P&amp;hone region:</source>
        <translation>电话地区(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConnectionForm</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>ODBC driver</source>
        <translation>ODBC 驱动程序</translation>
    </message>
    <message>
        <source>ODBC data source (DSN)</source>
        <translation>ODBC 数据源（DSN）</translation>
    </message>
    <message>
        <source>SQLite file (built in)</source>
        <translation>SQLite 文件（内置）</translation>
    </message>
    <message>
        <source>e.g. db.example.com or 127.0.0.1</source>
        <translation>例如 db.example.com 或 127.0.0.1</translation>
    </message>
    <message>
        <source>driver default</source>
        <translation>驱动程序默认值</translation>
    </message>
    <message>
        <source>Path of the SQLite database file</source>
        <translation>SQLite 数据库文件的路径</translation>
    </message>
    <message>
        <source>Uses the SQLite driver built into Ferry: nothing to install. A file that does not exist yet is built from the project&apos;s script when the project runs.</source>
        <translation>使用 Ferry 内置的 SQLite 驱动程序：无需安装任何软件。如果文件尚不存在，会在项目运行时根据项目的脚本创建。</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; never saved in the project.</source>
        <translation>仅在本次会话中保存在内存里；从不保存到项目中。</translation>
    </message>
    <message>
        <source>optional, e.g. CRM_DB_PASSWORD</source>
        <translation>可选，例如 CRM_DB_PASSWORD</translation>
    </message>
    <message>
        <source>The project stores only this variable&apos;s name; Ferry reads the password from it when it connects, unless you type one above.</source>
        <translation>项目中只保存此变量的名称；连接时 Ferry 会从该变量读取密码，除非您在上方输入了密码。</translation>
    </message>
    <message>
        <source>Extra driver settings, one key=value per line, e.g. SSLmode=require</source>
        <translation>额外的驱动程序设置，每行一个 key=value，例如 SSLmode=require</translation>
    </message>
    <message>
        <source>&amp;Connect through:</source>
        <translation>连接方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>驱动程序(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>数据库(&amp;A)：</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>数据源(&amp;S)：</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>文件(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password from environ&amp;ment variable:</source>
        <translation>从环境变量读取密码(&amp;M)：</translation>
    </message>
    <message>
        <source>E&amp;xtra options:</source>
        <translation>额外选项(&amp;X)：</translation>
    </message>
    <message>
        <source>leave empty to use %1</source>
        <translation>留空则使用 %1</translation>
    </message>
    <message>
        <source>Database fi&amp;le:</source>
        <translation>数据库文件(&amp;L)：</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConnectionPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Source database</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <source>Target database</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <source>Where the data comes from. Ferry only reads from it.</source>
        <translation>数据的来源。Ferry 只从中读取数据。</translation>
    </message>
    <message>
        <source>Where the data goes. Ferry writes into the tables that already exist there.</source>
        <translation>数据的去处。Ferry 会写入其中已存在的表。</translation>
    </message>
    <message>
        <source>Type the password, then test the connection.</source>
        <translation>请输入密码，然后测试连接。</translation>
    </message>
    <message>
        <source>Fill in how to reach the database, then test the connection.</source>
        <translation>请填写如何访问该数据库，然后测试连接。</translation>
    </message>
    <message>
        <source>The settings changed: test the connection again.</source>
        <translation>设置已更改：请重新测试连接。</translation>
    </message>
    <message>
        <source>Choose the SQLite file first.</source>
        <translation>请先选择 SQLite 文件。</translation>
    </message>
    <message>
        <source>Choose a driver or a data source first.</source>
        <translation>请先选择驱动程序或数据源。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>This database has no tables yet. Ferry writes into existing tables: create them first, or choose another database.</source>
        <translation>此数据库中还没有表。Ferry 只写入已存在的表：请先创建这些表，或选择其他数据库。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DryRunPage</name>
    <message>
        <source>Fi&amp;rst</source>
        <translation>前(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;All rows</source>
        <translation>所有行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start dry run</source>
        <translation>开始试运行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>See what a run would do before it does it: nothing is written to the target.</source>
        <translation>在实际运行之前查看运行将执行的操作：不会向目标写入任何数据。</translation>
    </message>
    <message>
        <source>Dry run counts per table</source>
        <translation>每个表的试运行计数</translation>
    </message>
    <message>
        <source> rows per table</source>
        <translation> 行（每个表）</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>每个表的行数</translation>
    </message>
    <message>
        <source>Choose how many rows to try, then start the dry run.</source>
        <translation>请选择要试运行的行数，然后开始试运行。</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>Dry run in progress: %1 rows read…</source>
        <translation>正在试运行：已读取 %1 行…</translation>
    </message>
    <message>
        <source>Export the dry-run report to</source>
        <translation>将试运行报告导出到</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The dry run was cancelled after %1 rows. Start it again to continue.</source>
        <translation>试运行在读取 %1 行后被取消。请重新开始以继续。</translation>
    </message>
    <message>
        <source>The mapping cannot run yet. Fix it on the previous pages:
%1</source>
        <translation>映射还无法运行。请在前面的页面中修正：
%1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>试运行已停止：%1</translation>
    </message>
    <message>
        <source>Dry run finished: %1 rows read, %2 would be rejected. Nothing was written to the target.</source>
        <translation>试运行完成：读取了 %1 行，其中 %2 行将被拒绝。未向目标写入任何数据。</translation>
    </message>
    <message>
        <source>Dry run finished: %1 rows read, none would be rejected. Nothing was written to the target.</source>
        <translation>试运行完成：读取了 %1 行，没有行将被拒绝。未向目标写入任何数据。</translation>
    </message>
    <message>
        <source>Only the first %1 rows of each table were read: a row whose parent row lies beyond that limit is rejected by its lookup here. Dry-run all rows for the exact figures.</source>
        <translation>每个表只读取了前 %1 行：如果某行的父行超出了该限制，此处会因查找失败而拒绝该行。要得到准确的数字，请对所有行进行试运行。</translation>
    </message>
    <message>
        <source>%1 duplicate rows</source>
        <translation>%1 条重复记录</translation>
    </message>
    <message>
        <source>%1 values that would change</source>
        <translation>%1 个将发生变化的值</translation>
    </message>
    <message>
        <source>%1 blocking pre-flight findings</source>
        <translation>%1 个阻断级预检问题</translation>
    </message>
    <message>
        <source>%1 pre-flight warnings</source>
        <translation>%1 个预检警告</translation>
    </message>
    <message>
        <source>Found: %1. See the tabs below.</source>
        <translation>发现：%1。请查看下方的选项卡。</translation>
    </message>
    <message>
        <source>The mapping changed since this dry run: start it again to see what a run would do now.</source>
        <translation>此次试运行之后映射已更改：请重新开始试运行，以查看现在运行将执行的操作。</translation>
    </message>
    <message>
        <source>Run the dry run first; then its report can be exported.</source>
        <translation>请先进行试运行，然后才能导出其报告。</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::DuplicateRulesDialog</name>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Duplicate rules: %1 → %2</source>
        <translation>重复规则：%1 → %2</translation>
    </message>
    <message>
        <source>Rows that are the same customer: two rows match when every condition of one rule holds. Columns are target columns, compared after the transforms.</source>
        <translation>属于同一客户的行：当某条规则的所有条件都成立时，两行即匹配。列为目标列，在转换之后比较。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>关闭(&amp;S)</translation>
    </message>
    <message>
        <source>Duplicate rules</source>
        <translation>重复规则</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve rule</source>
        <translation>删除规则(&amp;V)</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Reports and the dry run name the rule that linked each cluster by this name.</source>
        <translation>报告和试运行用此名称标明关联每个重复组的规则。</translation>
    </message>
    <message>
        <source>&amp;Rules (any one links two rows):</source>
        <translation>规则（任一规则即可关联两行）(&amp;R)：</translation>
    </message>
    <message>
        <source>Rule &amp;name:</source>
        <translation>规则名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Conditions of the rule</source>
        <translation>规则的条件</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>添加条件(&amp;C)</translation>
    </message>
    <message>
        <source>Remove cond&amp;ition</source>
        <translation>删除条件(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;onditions (all must hold):</source>
        <translation>条件（须全部成立）(&amp;O)：</translation>
    </message>
    <message>
        <source>Action on a cluster</source>
        <translation>对重复组的操作</translation>
    </message>
    <message>
        <source>Flag: write every row, report the cluster</source>
        <translation>标记：写入每一行并报告该组</translation>
    </message>
    <message>
        <source>Keep the first row read</source>
        <translation>保留最先读取的行</translation>
    </message>
    <message>
        <source>Keep the most recent row</source>
        <translation>保留最新的行</translation>
    </message>
    <message>
        <source>Keep the most complete row</source>
        <translation>保留最完整的行</translation>
    </message>
    <message>
        <source>Merge into one row</source>
        <translation>合并为一行</translation>
    </message>
    <message>
        <source>Most recent by column</source>
        <translation>最新依据列</translation>
    </message>
    <message>
        <source>The column that says which row is the most recent (keep the most recent row; merge by most recent).</source>
        <translation>表明哪一行最新的列（保留最新行；按最新合并）。</translation>
    </message>
    <message>
        <source>Against rows already in the target</source>
        <translation>针对目标中已有的行</translation>
    </message>
    <message>
        <source>Do not look</source>
        <translation>不检查</translation>
    </message>
    <message>
        <source>Update the target row</source>
        <translation>更新目标行</translation>
    </message>
    <message>
        <source>Skip the source row</source>
        <translation>跳过源行</translation>
    </message>
    <message>
        <source>Write it and flag it</source>
        <translation>写入并标记</translation>
    </message>
    <message>
        <source>What happens to a source row that matches a row already in the target. Updating needs the mapping&apos;s match keys.</source>
        <translation>与目标中已有行匹配的源行如何处理。更新需要映射的匹配键。</translation>
    </message>
    <message>
        <source>Ac&amp;tion on a cluster:</source>
        <translation>对重复组的操作(&amp;T)：</translation>
    </message>
    <message>
        <source>Most r&amp;ecent by:</source>
        <translation>最新依据(&amp;E)：</translation>
    </message>
    <message>
        <source>Rows already in the tar&amp;get:</source>
        <translation>目标中已有的行(&amp;G)：</translation>
    </message>
    <message>
        <source>Rows to preview</source>
        <translation>预览行数</translation>
    </message>
    <message>
        <source>Clusters found in the preview</source>
        <translation>预览中发现的重复组</translation>
    </message>
    <message>
        <source>&amp;Preview the first</source>
        <translation>预览前(&amp;P)</translation>
    </message>
    <message>
        <source>source rows</source>
        <translation>行源数据</translation>
    </message>
    <message>
        <source>C&amp;lusters and the rules that linked them:</source>
        <translation>重复组及关联它们的规则(&amp;L)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Change duplicate action</source>
        <translation>更改重复处理方式</translation>
    </message>
    <message>
        <source>Add a rule to see the clusters it finds.</source>
        <translation>添加规则以查看它找到的重复组。</translation>
    </message>
    <message>
        <source>Looking for duplicates in the first %1 rows…</source>
        <translation>正在前 %1 行中查找重复…</translation>
    </message>
    <message>
        <source>The preview found no rows to compare.</source>
        <translation>预览没有找到可比较的行。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>1 cluster in %1 rows read</source>
        <translation>在读取的 %1 行中有 1 个重复组</translation>
    </message>
    <message>
        <source>%1 clusters in %2 rows read</source>
        <translation>在读取的 %2 行中有 %1 个重复组</translation>
    </message>
    <message>
        <source>%1 — by rule: %2</source>
        <translation>%1 — 按规则：%2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FerryWizard</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FindingsView</name>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T)：</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>所有表</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Duplicate clusters</source>
        <translation>重复组</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>值变化</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>被拒绝的行（%1）</translation>
    </message>
    <message>
        <source>Duplicate clusters (%1)</source>
        <translation>重复组（%1）</translation>
    </message>
    <message>
        <source>Mismatches (%1)</source>
        <translation>值变化（%1）</translation>
    </message>
    <message>
        <source>Pre-flight (%1)</source>
        <translation>预检（%1）</translation>
    </message>
    <message>
        <source>Blocking: %1, warnings: %2</source>
        <translation>阻断：%1，警告：%2</translation>
    </message>
    <message>
        <source>Rejected rows: the first %1 of %2 (all are in the run&apos;s reject file). Marked cells caused the reject; hover for the reason.</source>
        <translation>被拒绝的行：共 %2 行，显示前 %1 行（全部行见本次运行的拒绝记录文件）。标记的单元格导致了拒绝；将鼠标悬停其上可查看原因。</translation>
    </message>
    <message>
        <source>Rejected rows: %1. Marked cells caused the reject; hover for the reason.</source>
        <translation>被拒绝的行：%1。标记的单元格导致了拒绝；将鼠标悬停其上可查看原因。</translation>
    </message>
    <message>
        <source>Duplicate clusters: the first %1 of %2 (the report&apos;s CSV files have them all); %3 source rows were counted as duplicates. Hover a row for its explanation.</source>
        <translation>重复组：共 %2 个，显示前 %1 个（报告的 CSV 文件包含全部）；有 %3 个源行被计为重复记录。将鼠标悬停在某行上可查看说明。</translation>
    </message>
    <message>
        <source>Duplicate clusters: %1; %2 source rows were counted as duplicates. Hover a row for its explanation.</source>
        <translation>重复组：%1；有 %2 个源行被计为重复记录。将鼠标悬停在某行上可查看说明。</translation>
    </message>
    <message>
        <source>Duplicate clusters in this table: %1. Hover a row for its explanation.</source>
        <translation>此表中的重复组：%1。将鼠标悬停在某行上可查看说明。</translation>
    </message>
    <message>
        <source>Risk per target column: %1 columns would not keep every value exactly.</source>
        <translation>各目标列的风险：有 %1 个列无法精确保留所有值。</translation>
    </message>
    <message>
        <source>Values that would change: the first %1 of %2 (the report&apos;s CSV files have them all). Hover a row for the reason.</source>
        <translation>将发生变化的值：共 %2 个，显示前 %1 个（报告的 CSV 文件包含全部）。将鼠标悬停在某行上可查看原因。</translation>
    </message>
    <message>
        <source>Values that would change: %1. Hover a row for the reason.</source>
        <translation>将发生变化的值：%1。将鼠标悬停在某行上可查看原因。</translation>
    </message>
    <message>
        <source>Blocking: %1, warnings: %2. A blocking finding rejects rows or stops the run; a warning is worth a look. Hover a row for the detail.</source>
        <translation>阻断：%1，警告：%2。阻断级问题会导致行被拒绝或运行停止；警告值得查看。将鼠标悬停在某行上可查看详情。</translation>
    </message>
    <message>
        <source>Start the dry run to see which rows would be rejected.</source>
        <translation>开始试运行，以查看哪些行将被拒绝。</translation>
    </message>
    <message>
        <source>Start the dry run to look for duplicates.</source>
        <translation>开始试运行，以查找重复记录。</translation>
    </message>
    <message>
        <source>Start the dry run to find values that would change on the way.</source>
        <translation>开始试运行，以查找迁移过程中将发生变化的值。</translation>
    </message>
    <message>
        <source>Start the dry run to check the target before the real run.</source>
        <translation>开始试运行，以在实际运行前检查目标。</translation>
    </message>
    <message>
        <source>No row of this table would be rejected.</source>
        <translation>此表中没有行将被拒绝。</translation>
    </message>
    <message>
        <source>No row would be rejected.</source>
        <translation>没有行将被拒绝。</translation>
    </message>
    <message>
        <source>No duplicates found in this table.</source>
        <translation>此表中未发现重复记录。</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未发现重复记录。</translation>
    </message>
    <message>
        <source>No mismatches in this table: every value would arrive as it left.</source>
        <translation>此表中没有值变化：每个值都将原样写入。</translation>
    </message>
    <message>
        <source>No mismatches: every value would arrive as it left.</source>
        <translation>没有值变化：每个值都将原样写入。</translation>
    </message>
    <message>
        <source>The pre-flight checks found no problem for this table.</source>
        <translation>预检未发现此表存在问题。</translation>
    </message>
    <message>
        <source>The pre-flight checks found no problem with the target.</source>
        <translation>预检未发现目标存在问题。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What happened to every source row, table by table.</source>
        <translation>逐表显示每个源行的处理结果。</translation>
    </message>
    <message>
        <source>Summary per table</source>
        <translation>每个表的汇总</translation>
    </message>
    <message>
        <source>Verify the target</source>
        <translation>校验目标</translation>
    </message>
    <message>
        <source>Reads the source and the target again and compares them row by row, by key.</source>
        <translation>重新读取源和目标，并按键逐行比较。</translation>
    </message>
    <message>
        <source>Verifying: reading the source and the target…</source>
        <translation>正在校验：正在读取源和目标…</translation>
    </message>
    <message>
        <source>Verification could not finish: %1</source>
        <translation>校验未能完成：%1</translation>
    </message>
    <message>
        <source>Verified: all %1 rows in the target match the source.</source>
        <translation>校验通过：目标中全部 %1 行均与源一致。</translation>
    </message>
    <message>
        <source>Differences found: see the table below (hover a row for examples).</source>
        <translation>发现差异：请查看下表（将鼠标悬停在某行上可查看示例）。</translation>
    </message>
    <message>
        <source>No migration has run in this session yet.</source>
        <translation>本次会话中尚未运行任何迁移。</translation>
    </message>
    <message>
        <source>Cancelled. The counts below are the rows that were committed; nothing is half-written.</source>
        <translation>已取消。下面的计数是已提交的行；没有写入一半的数据。</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>运行已停止：%1</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 rows read, %3 rejected with reasons.</source>
        <translation>用时 %1 秒完成：读取了 %2 行，其中 %3 行被拒绝并附有原因。</translation>
    </message>
    <message>
        <source>Done in %1 s: all %2 rows landed.</source>
        <translation>用时 %1 秒完成：全部 %2 行均已写入。</translation>
    </message>
    <message numerus="yes">
        <source>The run was interrupted and resumed %n time(s); the counts cover all of it.</source>
        <translation>
            <numerusform>本次运行曾中断并恢复了 %n 次；以上计数涵盖整个运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows (CSV)</source>
        <translation>被拒绝的行（CSV）</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>Summary (JSON)</source>
        <translation>摘要（JSON）</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <source>Files of this run: %1</source>
        <translation>本次运行的文件：%1</translation>
    </message>
    <message>
        <source>Save the project to repeat this migration exactly with ferry-cli at cutover. Running it again with the upsert or skip-existing mode updates the target instead of duplicating rows.</source>
        <translation>保存项目，以便在正式切换时使用 ferry-cli 完全重复此次迁移。使用 upsert 或 skip-existing 模式再次运行时，会更新目标中的行，而不会产生重复行。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::InterruptedRunNotice</name>
    <message>
        <source>Interrupted run</source>
        <translation>中断的运行</translation>
    </message>
    <message>
        <source>It started on %1 and stopped with an error: %2</source>
        <translation>它开始于 %1，因错误而停止：%2</translation>
    </message>
    <message>
        <source>It started on %1 and was cancelled.</source>
        <translation>它开始于 %1，已被取消。</translation>
    </message>
    <message>
        <source>It started on %1 and never finished: Ferry or the computer stopped while it ran.</source>
        <translation>它开始于 %1，但没有结束：运行期间 Ferry 或计算机停止了。</translation>
    </message>
    <message numerus="yes">
        <source>It was resumed %n time(s) before.</source>
        <translation>
            <numerusform>此前已恢复过 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>An earlier run of this project did not finish.</source>
        <translation>此项目之前的一次运行没有完成。</translation>
    </message>
    <message>
        <source>The rows it committed are kept in the target. Resumed, the run continues where it stopped and its counts cover all of it.</source>
        <translation>它已提交的行保留在目标中。恢复后，运行会从停止的位置继续，计数涵盖整个运行。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LiveChart</name>
    <message>
        <source>Running time (s)</source>
        <translation>运行时间（秒）</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LocationBar</name>
    <message>
        <source>Open fo&amp;lder</source>
        <translation>打开文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Copy pat&amp;h</source>
        <translation>复制路径(&amp;H)</translation>
    </message>
    <message>
        <source>Runs are saved in %1</source>
        <translation>运行记录保存在 %1</translation>
    </message>
    <message>
        <source>Opened %1 in the file manager.</source>
        <translation>已在文件管理器中打开 %1。</translation>
    </message>
    <message>
        <source>No program here opens folders or files; the path is %1</source>
        <translation>本机没有可打开文件夹或文件的程序；路径为 %1</translation>
    </message>
    <message>
        <source>Path copied to the clipboard.</source>
        <translation>路径已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>无法打开演示项目</translation>
    </message>
    <message>
        <source>The demo could not be copied to %1.</source>
        <translation>无法将演示项目复制到 %1。</translation>
    </message>
    <message>
        <source>New migration</source>
        <translation>新迁移</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Passwords for ferry-cli</source>
        <translation>ferry-cli 的密码</translation>
    </message>
    <message>
        <source>The project keeps no password. ferry-cli will read it from these environment variables:

%1

Set them before running the project from the command line, or ferry-cli asks for the password at a terminal. The wizard goes on using the passwords you typed.</source>
        <translation>项目不保存密码。ferry-cli 将从以下环境变量读取密码：

%1

请在命令行运行项目之前设置它们，否则 ferry-cli 会在终端中询问密码。向导会继续使用您输入的密码。</translation>
    </message>
    <message>
        <source>A run is in progress. Cancel it and quit?

The batch in flight commits or rolls back whole, and Ferry closes once the run has stopped; Resume continues it next time.</source>
        <translation>正在运行。要取消运行并退出吗？

正在写入的批次会整体提交或整体回滚，运行停止后 Ferry 才会关闭；下次可用“恢复运行”继续。</translation>
    </message>
    <message>
        <source>A dry run is in progress. Cancel it and quit?</source>
        <translation>正在试运行。要取消试运行并退出吗？</translation>
    </message>
    <message>
        <source>A verification is in progress and cannot stop half-way. Quit once it has finished?</source>
        <translation>正在校验，校验无法中途停止。要在校验完成后退出吗？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — Ferry</source>
        <translation>%1[*] — Ferry</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MappingPage</name>
    <message>
        <source>Field mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <source>Drag each source column onto the target column it fills, or select the target column and press Enter to choose its source. Green fits exactly, yellow may lose data, red will fail.</source>
        <translation>将每个源列拖到它要填充的目标列上，或选中目标列后按 Enter 选择其源列。绿色表示完全匹配，黄色表示可能丢失数据，红色表示将会失败。</translation>
    </message>
    <message>
        <source>&amp;Table mapping:</source>
        <translation>表映射(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Auto-map</source>
        <translation>自动映射(&amp;A)</translation>
    </message>
    <message>
        <source>Propose source columns for the unmapped target columns by name and type. Nothing is mapped until you accept.</source>
        <translation>按名称和类型为未映射的目标列建议源列。在您接受之前不会进行任何映射。</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <source>Accept &amp;selected</source>
        <translation>接受所选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard proposals</source>
        <translation>放弃建议(&amp;D)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Filter source columns</source>
        <translation>筛选源列</translation>
    </message>
    <message>
        <source>Map to the selected target column</source>
        <translation>映射到所选目标列</translation>
    </message>
    <message>
        <source>Source columns</source>
        <translation>源列</translation>
    </message>
    <message>
        <source>Enter or Ctrl+M maps the selected source column to the selected target column.</source>
        <translation>按 Enter 或 Ctrl+M 将所选源列映射到所选目标列。</translation>
    </message>
    <message>
        <source>S&amp;ource columns</source>
        <translation>源列(&amp;O)</translation>
    </message>
    <message>
        <source>Filter target columns</source>
        <translation>筛选目标列</translation>
    </message>
    <message>
        <source>Choose the source column…</source>
        <translation>选择源列…</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>取消映射</translation>
    </message>
    <message>
        <source>Target columns</source>
        <translation>目标列</translation>
    </message>
    <message>
        <source>Enter, F2 or Ctrl+M chooses the source column of the selected row; Delete unmaps it.</source>
        <translation>按 Enter、F2 或 Ctrl+M 为所选行选择源列；按 Delete 取消映射。</translation>
    </message>
    <message>
        <source>Tar&amp;get columns</source>
        <translation>目标列(&amp;G)</translation>
    </message>
    <message>
        <source>Auto-map found nothing more to propose.</source>
        <translation>自动映射没有找到更多可建议的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposals</source>
        <translation>
            <numerusform>接受 %n 个建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmap %n columns</source>
        <translation>
            <numerusform>取消映射 %n 个列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the first %n source rows…</source>
        <translation>
            <numerusform>正在读取前 %n 个源行…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>The sample could not be read: %1</source>
        <translation>无法读取示例：%1</translation>
    </message>
    <message>
        <source>The source has no rows to show.</source>
        <translation>源中没有可显示的行。</translation>
    </message>
    <message>
        <source>Select a source column and a target column first (Tab moves between the tables).</source>
        <translation>请先选择一个源列和一个目标列（按 Tab 在表格之间切换）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The project has no table mappings yet: go back and choose the tables to migrate.</source>
        <translation>项目中还没有表映射：请返回并选择要迁移的表。</translation>
    </message>
    <message>
        <source>Reading the columns of both databases…</source>
        <translation>正在读取两个数据库的列…</translation>
    </message>
    <message>
        <source>The columns could not be read: %1</source>
        <translation>无法读取列：%1</translation>
    </message>
    <message>
        <source>The source table&apos;s columns are not known: go back to the source connection.</source>
        <translation>尚不知道源表的列：请返回源连接页面。</translation>
    </message>
    <message>
        <source>The query&apos;s columns are not known until its first rows are read.</source>
        <translation>在读取查询的前几行之前，无法知道其列。</translation>
    </message>
    <message>
        <source>Next waits until the required target columns are mapped (a run would be refused): %1</source>
        <translation>必填目标列全部映射后才能继续（否则运行会被拒绝）：%1</translation>
    </message>
    <message>
        <source>%1 of %2 target columns are mapped.</source>
        <translation>已映射 %1 个目标列，共 %2 个。</translation>
    </message>
    <message>
        <source>Auto-map proposes sources for the others by name and type; nothing changes until you accept.</source>
        <translation>自动映射会按名称和类型为其余列建议源列；在您接受之前不会做任何更改。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::OutcomeChart</name>
    <message>
        <source>Where the rows went</source>
        <translation>各行的去向</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ReconnectBanner</name>
    <message>
        <source>Reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>源数据库</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标数据库</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <source>The rows committed so far are safe. The run goes on by itself once the connection works again; Cancel run stops it.</source>
        <translation>目前已提交的行都是安全的。连接恢复后运行会自动继续；“取消运行”可停止运行。</translation>
    </message>
    <message>
        <source>Reconnecting to %1… (attempt %2 of %3, next try in %4 s)</source>
        <translation>正在重新连接%1…（第 %2 次尝试，共 %3 次，%4 秒后重试）</translation>
    </message>
    <message>
        <source>Reconnecting to %1… (attempt %2 of %3, trying now)</source>
        <translation>正在重新连接%1…（第 %2 次尝试，共 %3 次，正在重试）</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RunCharts</name>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>每秒行数</translation>
    </message>
    <message>
        <source>Duplicates found</source>
        <translation>发现的重复项</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Rejects and mismatches</source>
        <translation>拒绝和值变化</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>值变化</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RunConfirmation</name>
    <message>
        <source>insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>insert or update</source>
        <translation>插入或更新</translation>
    </message>
    <message>
        <source>update only</source>
        <translation>仅更新</translation>
    </message>
    <message>
        <source>insert, skip existing</source>
        <translation>插入，跳过已有</translation>
    </message>
    <message>
        <source>Write into the target?</source>
        <translation>写入目标数据库？</translation>
    </message>
    <message>
        <source>&amp;Write into the target</source>
        <translation>写入目标(&amp;W)</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>SQLite 文件 %1</translation>
    </message>
    <message>
        <source>ODBC data source %1</source>
        <translation>ODBC 数据源 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This run writes into &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>本次运行将写入 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>目标表</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No dry run in this session: the expected counts are unknown. The dry run page shows them without writing anything.</source>
        <translation>本次会话尚未试运行：预期数量未知。试运行页面可以在不写入任何数据的情况下显示它们。</translation>
    </message>
    <message>
        <source>The project changed since the last dry run: the expected counts may no longer hold.</source>
        <translation>自上次试运行以来项目已更改：预期数量可能不再准确。</translation>
    </message>
    <message>
        <source>Expected counts are those of the last dry run (on the rows it read).</source>
        <translation>预期数量来自上次试运行（基于其读取的行）。</translation>
    </message>
    <message>
        <source>The run&apos;s log and rejected rows go to %1</source>
        <translation>运行日志和被拒绝的行将保存到 %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RunNumbers</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Run figures</source>
        <translation>运行数据</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>已读取行数</translation>
    </message>
    <message>
        <source>Rows/s now</source>
        <translation>当前行/秒</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>已插入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>值变化</translation>
    </message>
    <message>
        <source>Rows/s on average</source>
        <translation>平均行/秒</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RunPage</name>
    <message>
        <source>Res&amp;ume run</source>
        <translation>恢复运行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation>开始运行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Migrate every row into the target. You can pause between batches or cancel at any time: each batch commits whole or not at all, so the counts always add up.</source>
        <translation>将每一行迁移到目标中。您可以在批次之间暂停，或随时取消：每个批次要么完整提交，要么完全不提交，因此计数始终对得上。</translation>
    </message>
    <message>
        <source>Resume the interrupted run</source>
        <translation>恢复中断的运行</translation>
    </message>
    <message>
        <source>Continue the interrupted run where it stopped; the rows it committed are kept.</source>
        <translation>从停止的位置继续中断的运行；它已提交的行会保留。</translation>
    </message>
    <message>
        <source>Press Resume run to continue it, or Start over for a new run.</source>
        <translation>按“恢复运行”继续该运行，或按“重新开始”开始新的运行。</translation>
    </message>
    <message>
        <source>Press Start run to migrate the data into the target.</source>
        <translation>按“开始运行”将数据迁移到目标中。</translation>
    </message>
    <message>
        <source>The rows the interrupted run committed stay in the target: a new run does not remove them, and its counts start from zero.</source>
        <translation>中断的运行已提交的行会留在目标中：新的运行不会删除它们，其计数从零开始。</translation>
    </message>
    <message>
        <source>Every table matches existing rows by key, so the new run updates or skips those rows instead of adding them again.</source>
        <translation>每个表都按键匹配已有的行，因此新的运行会更新或跳过这些行，而不会再次添加。</translation>
    </message>
    <message>
        <source>%1 write in insert mode: the new run inserts those rows again, so the target refuses them where a unique key forbids it (they are rejected) and otherwise holds them twice.</source>
        <translation>%1 以插入模式写入：新的运行会再次插入这些行；有唯一键约束时目标会拒绝它们（记为拒绝），否则目标中会有两份。</translation>
    </message>
    <message>
        <source>Resume instead continues the interrupted run exactly where it stopped.</source>
        <translation>而“恢复运行”会从中断的运行停止的确切位置继续。</translation>
    </message>
    <message>
        <source>Resuming the interrupted run…</source>
        <translation>正在恢复中断的运行…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Pausing after the batch in flight…</source>
        <translation>正在写入的批次完成后暂停…</translation>
    </message>
    <message>
        <source>Cancelling after the batch in flight…</source>
        <translation>正在写入的批次完成后取消…</translation>
    </message>
    <message>
        <source>Waiting for the connection…</source>
        <translation>正在等待连接…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Paused. The last batch is committed and nothing is held open; Resume goes on where the run stopped.</source>
        <translation>已暂停。最后一个批次已提交，没有保持打开的事务；“继续”会从运行停止的位置接着进行。</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>The connection to %1 was lost here: %2</source>
        <translation>与%1的连接在此处断开：%2</translation>
    </message>
    <message>
        <source>The run could not be resumed: %1</source>
        <translation>无法恢复运行：%1</translation>
    </message>
    <message>
        <source>Cancelled. %1 rows were written and every row read is accounted for; Resume continues where the run stopped.</source>
        <translation>已取消。已写入 %1 行，读取的每一行都有去向；“恢复运行”会从运行停止的位置继续。</translation>
    </message>
    <message>
        <source>Cancelled. %1 rows were written and every row read is accounted for; running again continues without duplicates where the tables have match keys.</source>
        <translation>已取消。已写入 %1 行，读取的每一行都有去向；对于有匹配键的表，再次运行会继续进行而不会产生重复。</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>运行已停止：%1</translation>
    </message>
    <message>
        <source>Finished: %1 rows written, %2 rejected with a reason (see the next page).</source>
        <translation>完成：已写入 %1 行，%2 行被拒绝并附有原因（见下一页）。</translation>
    </message>
    <message>
        <source>Finished: %1 rows written, none rejected.</source>
        <translation>完成：已写入 %1 行，没有行被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already held these values in the target and were left alone.</source>
        <translation>
            <numerusform>%n 行在目标中已是这些值，未做改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The counts cover the whole run, before and after the interruption.</source>
        <translation>计数涵盖整个运行，包括中断前后。</translation>
    </message>
    <message>
        <source>Start &amp;over…</source>
        <translation>重新开始(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再次运行(&amp;R)</translation>
    </message>
    <message>
        <source>Start a new run instead of resuming</source>
        <translation>开始新的运行而不恢复</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SourceColumnDelegate</name>
    <message>
        <source>(not mapped)</source>
        <translation>（未映射）</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>源列</translation>
    </message>
</context>
<context>
    <name>ferry::ui::StartPage</name>
    <message>
        <source>Welcome to Ferry</source>
        <translation>欢迎使用 Ferry</translation>
    </message>
    <message>
        <source>Move CRM data from one database to another, rehearse it with a dry run, and keep both in step afterwards. Every source row ends in exactly one place: written, updated, skipped by a rule, or rejected with a reason.</source>
        <translation>将 CRM 数据从一个数据库迁移到另一个数据库，先用试运行进行演练，之后保持两者同步。每个源行都只有一个去向：写入、更新、按规则跳过，或附带原因被拒绝。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Connect to a source and a target and map them.</source>
        <translation>连接源和目标，并在两者之间建立映射。</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Continue with a saved *.ferry.json file.</source>
        <translation>继续处理已保存的 *.ferry.json 文件。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <source>A legacy CRM (SQLite) moved into a modern one: try every page without a server.</source>
        <translation>将旧版 CRM（SQLite）迁移到新版 CRM：无需服务器即可体验每个页面。</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>最近的项目(&amp;R)：</translation>
    </message>
    <message>
        <source>Not while a run, dry run or verification is in progress.</source>
        <translation>运行、试运行或校验进行期间不可用。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>还没有最近的项目。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TableMappingDelegate</name>
    <message>
        <source>target columns, comma-separated</source>
        <translation>目标列，以逗号分隔</translation>
    </message>
    <message>
        <source>Columns of %1: %2</source>
        <translation>%1 的列：%2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TableProgressList</name>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>Done, %1 rejected</source>
        <translation>完成，拒绝 %1 行</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TablesPage</name>
    <message>
        <source>&amp;Add mapping</source>
        <translation>添加映射(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Match by name</source>
        <translation>按名称匹配(&amp;M)</translation>
    </message>
    <message>
        <source>D&amp;uplicate rules…</source>
        <translation>重复规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Use a SQL &amp;query instead of a table</source>
        <translation>使用 SQL 查询代替表(&amp;Q)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Which source table feeds which target table. Ferry matched them by name; change whatever is wrong. One source table may feed several targets.</source>
        <translation>哪个源表为哪个目标表提供数据。Ferry 已按名称进行了匹配；请更正任何不对的地方。一个源表可以为多个目标表提供数据。</translation>
    </message>
    <message>
        <source>Tables are written from top to bottom: a table comes after the tables it refers to, so that every reference finds its row. Double-click a cell, or press Enter or F2, to change it.</source>
        <translation>表按从上到下的顺序写入：一个表排在它所引用的表之后，以便每个引用都能找到对应的行。双击单元格，或按 Enter 或 F2，即可修改。</translation>
    </message>
    <message>
        <source>Table mappings</source>
        <translation>表映射列表</translation>
    </message>
    <message>
        <source>Adds a mapping for every source table not used yet whose name matches a free target table.</source>
        <translation>为每个尚未使用、且名称与某个空闲目标表相同的源表添加映射。</translation>
    </message>
    <message>
        <source>Rules that find rows of the selected mapping that are the same customer, and what to do with them, with a preview of the clusters they find.</source>
        <translation>用于查找所选映射中属于同一客户的行并决定如何处理的规则，并预览它们找到的重复组。</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL 查询</translation>
    </message>
    <message>
        <source>SELECT … FROM … — its columns are mapped like a table&apos;s</source>
        <translation>SELECT … FROM … — 其列的映射方式与表相同</translation>
    </message>
    <message>
        <source>Change this cell</source>
        <translation>修改此单元格</translation>
    </message>
    <message>
        <source>Duplicate rules…</source>
        <translation>重复规则…</translation>
    </message>
    <message>
        <source>Remove mapping</source>
        <translation>删除映射</translation>
    </message>
    <message>
        <source>No other source table matches a free target table by name.</source>
        <translation>没有其他源表与空闲目标表的名称相匹配。</translation>
    </message>
    <message>
        <source>Added 1 mapping matched by name.</source>
        <translation>已添加 1 个按名称匹配的映射。</translation>
    </message>
    <message>
        <source>Added %1 mappings matched by name.</source>
        <translation>已添加 %1 个按名称匹配的映射。</translation>
    </message>
    <message>
        <source>Test both connections first: the tables come from the databases.</source>
        <translation>请先测试两个连接：表来自数据库。</translation>
    </message>
    <message>
        <source>No source table matched a target table by name. Add mappings with &quot;Add mapping&quot;.</source>
        <translation>没有源表与目标表的名称相匹配。请使用“添加映射”添加映射。</translation>
    </message>
    <message>
        <source>1 table mapping ready</source>
        <translation>1 个表映射已就绪</translation>
    </message>
    <message>
        <source>%1 table mappings ready</source>
        <translation>%1 个表映射已就绪</translation>
    </message>
    <message>
        <source>, about %1 source rows</source>
        <translation>，约 %1 个源行</translation>
    </message>
    <message>
        <source>Mappings shown in red name a table the database does not have.</source>
        <translation>以红色显示的映射指向数据库中不存在的表。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TimeBreakdown</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>时间花在哪里</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>所有表</translation>
    </message>
    <message>
        <source>The stages work at the same time, so a table&apos;s stage times can add up to more than its time; the largest (in bold) is what held it up.</source>
        <translation>各阶段同时进行，因此一张表各阶段用时之和可能超过其总用时；最大的一项（粗体）是拖慢它的原因。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::TransformEditor</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Write NULL in To for SQL NULL. Clear From to remove a row.</source>
        <translation>在“新值”中写 NULL 表示 SQL NULL。清空“原值”可删除该行。</translation>
    </message>
    <message>
        <source>Transform steps</source>
        <translation>转换步骤</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>删除该步骤</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>上移该步骤</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>下移该步骤</translation>
    </message>
    <message>
        <source>Steps, &amp;in order</source>
        <translation>步骤（按顺序）(&amp;I)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Sample: before → after</source>
        <translation>示例：转换前 → 转换后</translation>
    </message>
    <message>
        <source>The sample shows values once a source column is mapped to %1.</source>
        <translation>将源列映射到 %1 后，示例中会显示值。</translation>
    </message>
    <message>
        <source>Select a target column to see and edit its transforms.</source>
        <translation>选择一个目标列以查看和编辑其转换。</translation>
    </message>
    <message>
        <source>Transforms for %1: map a source column to it first.</source>
        <translation>%1 的转换：请先为其映射一个源列。</translation>
    </message>
    <message>
        <source>Transforms for %1 (a constant)</source>
        <translation>%1 的转换（常量）</translation>
    </message>
    <message>
        <source>Transforms for %1 (from %2)</source>
        <translation>%1 的转换（来自 %2）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No transforms: values are written as they are.</source>
        <translation>没有转换：值按原样写入。</translation>
    </message>
    <message>
        <source>Add a step to clean or convert the values.</source>
        <translation>添加步骤以清理或转换值。</translation>
    </message>
    <message>
        <source>Select a step to edit its parameters.</source>
        <translation>选择一个步骤以编辑其参数。</translation>
    </message>
    <message>
        <source>This step has no parameters.</source>
        <translation>此步骤没有参数。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
    <message>
        <source>The chain is valid. Apply it to keep it.</source>
        <translation>转换链有效。请应用以保留它。</translation>
    </message>
</context>
<context>
    <name>ferry::ui::UserPrompts</name>
    <message>
        <source>Ferry projects (*.ferry.json);;All files (*)</source>
        <translation>Ferry 项目 (*.ferry.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project “%1” has changes that are not saved. Save them first?</source>
        <translation>项目“%1”有尚未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <source>Start a new run?</source>
        <translation>开始新的运行？</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Keep the interrupted run</source>
        <translation>保留中断的运行</translation>
    </message>
    <message>
        <source>Quit Ferry?</source>
        <translation>退出 Ferry？</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Render every page of the wizard on the demo into DIR as PNG files and exit.</source>
        <translation>将演示项目中向导的每个页面渲染为 PNG 文件保存到 DIR 中，然后退出。</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>要打开的项目文件。</translation>
    </message>
</context>
</TS>
