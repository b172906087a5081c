using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.Subjects.Records;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Bench;

/// <summary>Synthetic double-publicity penalty rows over the city's organisations, deterministic by row number.</summary>
internal static class PenaltyRows
{
    private static readonly string[] Headers =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)",
        "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型",
        "法定代表人证件号码", "证件类型", "证件号码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容",
        "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
        "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注", "案件程序类别",
    ];

    private static readonly (string Act, string Basis, string Kinds, string Content, string Fine, string Procedure)[] Kinds =
    [
        ("未按规定公示年度报告", "《中华人民共和国市场主体登记管理条例》第四十六条", "警告", "警告", "", "01"),
        ("销售不符合食品安全标准的食品", "《中华人民共和国食品安全法》第一百二十四条", "罚款、没收违法所得", "罚款人民币二万元，没收违法所得", "2", "02"),
        ("虚假宣传", "《中华人民共和国反不正当竞争法》第二十条", "罚款", "罚款人民币五万元", "5", "02"),
        ("使用未经检验的特种设备", "《中华人民共和国特种设备安全法》第八十四条", "罚款", "罚款人民币三万元", "3", "02"),
        ("无照经营", "《无证无照经营查处办法》第十三条", "罚款", "罚款人民币五千元", "0.5", "01"),
        ("生产销售伪劣产品", "《中华人民共和国产品质量法》第五十条", "罚款、吊销许可证件", "罚款人民币六十万元，吊销生产许可证", "60", "02"),
    ];

    private const string Authority = "11330500002546138B";

    public static async Task<IReadOnlyList<(long Id, string Uscc, string Name)>> LoadOrganisationsAsync(NpgsqlDataSource data)
    {
        var list = new List<(long, string, string)>();
        await using var command = data.CreateCommand("SELECT id, uscc, name FROM credit.subjects WHERE uscc IS NOT NULL AND NOT uscc_check_warning ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return list;
    }

    public static long WriteCsv(string path, IReadOnlyList<(long Id, string Uscc, string Name)> organisations, int count, string runId)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using (var writer = new StreamWriter(stream, Encoding.GetEncoding("GB18030"), 1 << 20))
        {
            writer.Write(string.Join(',', Headers));
            writer.Write("\r\n");
            for (var i = 0; i < count; i++)
            {
                var (org, kind, date) = Pick(organisations, i);
                // One row in a thousand has an impossible date: the rejection path is part of the pipeline.
                var decision = i % 1000 == 999 ? "2025-02-30" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                writer.Write(org.Name);
                writer.Write(",02,");
                writer.Write(org.Uscc);
                // The legal representative's ID number: a personal field, masked in the payload and encrypted beside it (ADR 0015).
                writer.Write(",,,,,,沈建国,01,");
                writer.Write(RepresentativeId(org.Id));
                writer.Write(",,,");
                writer.Write(SourceKey(runId, i));
                writer.Write(',');
                writer.Write(kind.Act);
                writer.Write(",经查，当事人");
                writer.Write(kind.Act);
                writer.Write("，事实清楚，证据确凿。,");
                writer.Write(kind.Basis);
                writer.Write(",\"");
                writer.Write(kind.Kinds);
                writer.Write("\",\"");
                writer.Write(kind.Content);
                writer.Write("\",");
                writer.Write(kind.Fine);
                writer.Write(",,,");
                writer.Write(decision);
                writer.Write(',');
                writer.Write(decision);
                writer.Write(",,湖州市市场监督管理局,");
                writer.Write(Authority);
                writer.Write(",湖州市市场监督管理局,");
                writer.Write(Authority);
                writer.Write(",,");
                writer.Write(kind.Procedure);
                writer.Write("\r\n");
            }
        }

        return new FileInfo(path).Length;
    }

    /// <summary>The same rows, subject ids known, straight into the record table: what the database can take.</summary>
    public static async Task<long> RawCopyAsync(NpgsqlDataSource data, IReadOnlyList<(long Id, string Uscc, string Name)> organisations, int count, string runId)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        long rows = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            """
            COPY credit.credit_records (subject_id, id, item_code, item_version, provider_department, source_key, decision_date, publicity_start,
                publicity_end, publicity_minimum_end, penalty_class, rule_version, published, status, payload, payload_hash, personal, batch_id, created_at, updated_at)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            copy.Timeout = TimeSpan.Zero;
            var json = new StringBuilder(1024);
            for (var i = 0; i < count; i++)
            {
                if (i % 1000 == 999)
                {
                    continue;
                }

                var (org, kind, date) = Pick(organisations, i);
                var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                // The payload the pipeline stores: one value per XZCF field in the standard column order, null when empty.
                // Personal fields masked, their clear values as the encrypted column's bytes (random bytes of the cipher's length:
                // the ceiling pays no encryption).
                var representative = RepresentativeId(org.Id);
                string?[] values =
                [
                    org.Name, "02", org.Uscc, null, null, null, null, null, "沈*国", "01", Masking.IdNumber(representative), null, null, SourceKey(runId, i), kind.Act,
                    "经查，当事人" + kind.Act + "，事实清楚，证据确凿。", kind.Basis, kind.Kinds, kind.Content, kind.Fine.Length == 0 ? null : kind.Fine,
                    null, null, day, day, null, "湖州市市场监督管理局", Authority, "湖州市市场监督管理局", Authority, null, kind.Procedure,
                ];
                json.Clear().Append('[');
                foreach (var value in values)
                {
                    json.Append(value is null ? "null" : "\"" + value + "\"").Append(',');
                }

                json[^1] = ']';
                var payload = json.ToString();
                copy.StartRow();
                copy.Write(org.Id, NpgsqlDbType.Bigint);
                copy.Write(RecordKey.Compute("BENCH-RAW", SourceKey(runId, i)), NpgsqlDbType.Bigint);
                copy.Write("BENCH-RAW", NpgsqlDbType.Varchar);
                copy.Write(1, NpgsqlDbType.Integer);
                copy.Write("HZ-SJJ", NpgsqlDbType.Varchar);
                copy.Write(SourceKey(runId, i), NpgsqlDbType.Varchar);
                copy.Write(date, NpgsqlDbType.Date);
                copy.Write(date, NpgsqlDbType.Date);
                copy.Write(date.AddYears(1), NpgsqlDbType.Date);
                copy.Write(date.AddMonths(3), NpgsqlDbType.Date);
                copy.Write((short)2, NpgsqlDbType.Smallint);
                copy.Write("2025", NpgsqlDbType.Varchar);
                copy.Write(true, NpgsqlDbType.Boolean);
                copy.Write((short)1, NpgsqlDbType.Smallint);
                copy.Write(payload, NpgsqlDbType.Text);
                copy.Write(SHA256.HashData(Encoding.UTF8.GetBytes(payload))[..16], NpgsqlDbType.Bytea);
                var personal = new byte[29 + Encoding.UTF8.GetByteCount("{\"8\":\"沈建国\",\"10\":\"" + representative + "\"}")];
                RandomNumberGenerator.Fill(personal);
                copy.Write(personal, NpgsqlDbType.Bytea);
                copy.Write(0L, NpgsqlDbType.Bigint);
                copy.Write(now, NpgsqlDbType.TimestampTz);
                copy.Write(now, NpgsqlDbType.TimestampTz);
                rows++;
            }

            await copy.CompleteAsync();
        }

        // Rolled back rather than committed and deleted: the table is left as it was without a DELETE of every row
        // (deleting 10 million rows took another 104 s and left their vacuum to the next phase); the next phase's VACUUM removes them.
        // Every row went through COPY, the indexes and the WAL all the same; a commit would add one WAL flush.
        await transaction.RollbackAsync();
        return rows;
    }

    /// <summary>A well-formed resident ID for an organisation's legal representative, the same for the same organisation.</summary>
    private static string RepresentativeId(long organisation) =>
        ResidentIdNumber.Compose("330502", new DateOnly(1960, 1, 1).AddDays((int)(organisation % 12_000)), (int)(organisation % 999)).Value;

    private static string SourceKey(string runId, int i) => $"湖市监处罚〔{runId}〕{i}号";

    private static ((long Id, string Uscc, string Name) Org, (string Act, string Basis, string Kinds, string Content, string Fine, string Procedure) Kind, DateOnly Date) Pick(
        IReadOnlyList<(long Id, string Uscc, string Name)> organisations, int i)
    {
        var h = (uint)i * 2654435761u;
        return (organisations[(int)(h % (uint)organisations.Count)], Kinds[(int)(h >> 7) % Kinds.Length], new DateOnly(2024, 1, 1).AddDays((int)((h >> 11) % 1000)));
    }
}
