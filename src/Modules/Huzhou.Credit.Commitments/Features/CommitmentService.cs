using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Huzhou.Credit.Commitments.Domain;
using Huzhou.Credit.Commitments.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Collection;
using Huzhou.Credit.Contracts.Commitments;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Events;
using Huzhou.Credit.SharedKernel.Files;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Huzhou.Credit.Commitments.Features;

/// <summary>
/// The commitments workflow: intake (department form, online signing), publication as an XYCN credit record through
/// the collection pipeline, fulfilment verification by the recipient department with evidence, a breach written as
/// an XYWN bad record (so the check rules and scoring see it), and withdrawal.
/// </summary>
internal sealed class CommitmentService(
    CommitmentsDbContext db,
    CommitmentQueries queries,
    IRecordDelivery delivery,
    ICreditRecordAmendments records,
    ISubjectDirectory subjects,
    IDepartmentDirectory departments,
    TimeProvider clock,
    ILogger<CommitmentService> logger)
{
    public const long MaxEvidenceBytes = 10 * 1024 * 1024;

    public DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>A template's text for one organisation: {主体名称} and {统一社会信用代码} filled in.</summary>
    public static string Render(string template, string name, string code) =>
        template.Replace("{主体名称}", name, StringComparison.Ordinal).Replace("{统一社会信用代码}", code, StringComparison.Ordinal);

    /// <summary>
    /// Whether the account may verify or withdraw the commitment: its recipient department, or the credit office — a
    /// district account only for its own district's subjects (as <see cref="CommitmentQueries.Visible"/> shows them).
    /// </summary>
    public static bool MayDecide(ICurrentStaff staff, Commitment commitment) =>
        (staff.IsCityLevel || string.Equals(staff.DistrictCode, commitment.DistrictCode, StringComparison.Ordinal))
        && (staff.IsInRole(CreditRoles.CreditOffice)
            || (string.Equals(staff.DepartmentCode, commitment.DepartmentCode, StringComparison.Ordinal)
                && (staff.IsInRole(CreditRoles.DepartmentStaff) || staff.IsInRole(CreditRoles.DepartmentReviewer))));

    public async Task<Result<Commitment>> CreateAsync(CommitmentInput input, CommitmentSource source, string actor, long? templateId, CancellationToken cancellationToken)
    {
        var code = (input.SubjectCode ?? "").Trim().ToUpperInvariant();
        string codeField;

        // A clerk at the form can correct a mistyped code at once: a failing check character is refused here (bulk files
        // route such codes to a 待核实 subject instead, since nobody is there to correct them).
        if (UnifiedSocialCreditCode.TryParse(code) is { Succeeded: true, HasWarnings: false, Value: { } uscc })
        {
            code = uscc.Value;
            codeField = "统一社会信用代码";
        }
        else if (ResidentIdNumber.TryParse(code) is { Succeeded: true, HasWarnings: false, Value: { } id })
        {
            code = id.Value;
            codeField = "身份证号码";
        }
        else
        {
            return Result<Commitment>.Failure("请填写有效的统一社会信用代码或公民身份号码（校验位不符或格式错误）。", "SubjectCode");
        }

        var name = (input.SubjectName ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            return Result<Commitment>.Failure("请填写承诺主体名称（不超过200字）。", "SubjectName");
        }

        if (input.Type is null)
        {
            return Result<Commitment>.Failure("请选择承诺类型。", "Type");
        }

        var matter = (input.Matter ?? "").Trim();
        if (matter.Length is 0 or > 500)
        {
            return Result<Commitment>.Failure("请填写承诺事项（不超过500字）。", "Matter");
        }

        var content = (input.Content ?? "").Trim();
        if (content.Length is < 10 or > 4000)
        {
            return Result<Commitment>.Failure("请填写承诺内容（10至4000字）。", "Content");
        }

        var today = Today;
        if (input.SignedOn is not { } signedOn || signedOn > today || signedOn < today.AddYears(-20))
        {
            return Result<Commitment>.Failure("请填写承诺日期（不能晚于今天）。", "SignedOn");
        }

        if (input.DueOn is { } due && due < signedOn)
        {
            return Result<Commitment>.Failure("承诺期限不能早于承诺日期。", "DueOn");
        }

        var department = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == input.DepartmentCode);
        if (department is null)
        {
            return Result<Commitment>.Failure("请选择承诺受理部门。", "DepartmentCode");
        }

        var number = await NextNumberAsync(cancellationToken);
        var row = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["承诺主体名称"] = name,
            [codeField] = code,
            ["承诺类型"] = CommitmentNames.TypeCode(input.Type.Value),
            ["承诺事项"] = matter,
            ["承诺内容"] = content,
            ["承诺书编号"] = number,
            ["承诺日期"] = signedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["承诺期限至"] = input.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["承诺受理部门"] = department.Name,
            [WellKnownItems.Commitment.Status] = WellKnownItems.Commitment.StatusInForce,
        };
        var delivered = await delivery.DeliverAsync(new RecordDeliveryRequest(CommitmentNames.ItemCode, department.Code, actor, $"信用承诺 {number}", [row]), cancellationToken);
        if (!delivered.AllAccepted)
        {
            return Result<Commitment>.Failure("承诺未能写入信用信息库：" + delivered.Problem);
        }

        var subject = await subjects.FindByCodeAsync(code, cancellationToken);
        if (subject is null)
        {
            return Result<Commitment>.Failure("承诺已报送，但未能找到承诺主体，请稍后刷新。");
        }

        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.SubjectId == subject.SubjectId && c.Number == number, cancellationToken);
        var isNew = commitment is null;
        commitment ??= new Commitment { SubjectId = subject.SubjectId, Number = number, CreatedAt = clock.GetUtcNow(), Status = CommitmentStatus.InForce };
        commitment.IsPerson = subject.IsPerson;
        commitment.SubjectName = name;
        commitment.DisplayCode = subject.DisplayCode;
        commitment.DistrictCode = subject.DistrictCode;
        commitment.Type = input.Type.Value;
        commitment.Matter = matter;
        commitment.Content = content;
        commitment.SignedOn = signedOn;
        commitment.DueOn = input.DueOn;
        commitment.DepartmentCode = department.Code;
        commitment.IsPublic = input.IsPublic && !subject.IsPerson;
        commitment.Source = source;
        commitment.SignedBy = actor;
        commitment.TemplateId = templateId;
        commitment.ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        commitment.UpdatedAt = clock.GetUtcNow();
        if (isNew)
        {
            db.Commitments.Add(commitment);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The record's event reached the sync first and created the row: write the signing facts over it.
            db.ChangeTracker.Clear();
            return await ClaimSigningAsync(input, source, actor, templateId, number, cancellationToken);
        }

        logger.LogInformation("Commitment {CommitmentId} ({Number}) created by {Source}", commitment.Id, number, source);
        return Result<Commitment>.Success(commitment);
    }

    // After a lost race with the sync: the row exists; only the workflow facts are ours to set.
    private async Task<Result<Commitment>> ClaimSigningAsync(CommitmentInput input, CommitmentSource source, string actor, long? templateId, string number, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.FirstAsync(c => c.Number == number, cancellationToken);
        commitment.Source = source;
        commitment.SignedBy = actor;
        commitment.TemplateId = templateId;
        commitment.IsPublic = input.IsPublic && !commitment.IsPerson;
        commitment.ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(commitment.Content)));
        await db.SaveChangesAsync(cancellationToken);
        return Result<Commitment>.Success(commitment);
    }

    /// <summary>
    /// The recipient department's verification: fulfilled (已践诺) or breached (违诺, the circumstances required). A breach
    /// is written as an XYWN bad record first; the XYCN record's 履约状态 and 核查日期 follow.
    /// </summary>
    public async Task<Result> VerifyAsync(VerifyCommitment command, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        // A commitment the account cannot see (another district's, another department's) does not exist for it.
        var id = command.Id;
        if (!await queries.IsVisibleAsync(staff, id, cancellationToken))
        {
            return Result.NotFound("承诺不存在。");
        }

        if (command.Fulfilled is not { } fulfilled)
        {
            return Result.Failure("请选择核查结果：已践诺或违诺。", "outcome");
        }

        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commitment is null)
        {
            return Result.NotFound("承诺不存在。");
        }

        if (!MayDecide(staff, commitment))
        {
            return Result.Forbidden("只有承诺受理部门（或信用办）可以核查该承诺。");
        }

        if (commitment.Status != CommitmentStatus.InForce)
        {
            return Result.Conflict($"该承诺已是“{CommitmentNames.Status(commitment.Status)}”，不能再核查。");
        }

        var note = command.Note?.Trim();
        var evidence = command.Evidence;
        if (!fulfilled && string.IsNullOrEmpty(note))
        {
            return Result.Failure("认定违诺须写明违诺情形。", "note");
        }

        if (note is { Length: > 2000 })
        {
            return Result.Failure("核查说明不能超过2000字。", "note");
        }

        CommitmentEvidence? file = null;
        if (evidence is { Length: > 0 })
        {
            if (evidence.Length > MaxEvidenceBytes)
            {
                return Result.Failure($"核查材料超过 {MaxEvidenceBytes / 1024 / 1024} MB。", "evidence");
            }

            var bytes = await evidence.ReadAllAsync(cancellationToken);
            var type = UploadedFiles.Sniff(bytes);
            if (type is null)
            {
                return Result.Failure($"核查材料只接受 {UploadedFiles.AcceptedNames} 文件。", "evidence");
            }

            file = new CommitmentEvidence
            {
                CommitmentId = commitment.Id, FileName = Path.GetFileName(evidence.FileName) is { Length: > 0 and <= 200 } n ? n : "核查材料", ContentType = type,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Content = bytes, UploadedAt = clock.GetUtcNow(), UploadedBy = staff.UserName ?? "",
            };
        }

        var actor = staff.UserName ?? "";
        var today = Today;
        var previous = (commitment.Status, commitment.VerifiedOn, commitment.VerifiedBy, commitment.VerificationNote, commitment.BreachNumber, commitment.EvidenceName, commitment.EvidenceHash);
        commitment.Status = fulfilled ? CommitmentStatus.Fulfilled : CommitmentStatus.Breached;
        commitment.VerifiedOn = today;
        commitment.VerifiedBy = actor;
        commitment.VerificationNote = string.IsNullOrEmpty(note) ? null : note;
        commitment.BreachNumber = fulfilled ? null : "WN-" + commitment.Number;
        if (file is not null)
        {
            db.Evidence.Add(file);
            commitment.EvidenceName = file.FileName;
            commitment.EvidenceHash = file.Sha256;
        }

        commitment.UpdatedAt = clock.GetUtcNow();
        // Order matters: the workflow row first, then the XYCN record (its event makes the sync read 违诺/已践诺 there),
        // then the XYWN record (its event makes the credit status ask for this breach, already saved).
        await db.SaveChangesAsync(cancellationToken);
        var checkedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var amended = await records.AmendAsync(commitment.SubjectId, CommitmentNames.ItemCode, commitment.Number,
            new Dictionary<string, string?> { [WellKnownItems.Commitment.Status] = fulfilled ? WellKnownItems.Commitment.StatusKept : WellKnownItems.Commitment.StatusBreached, ["核查日期"] = checkedOn },
            actor, fulfilled ? "承诺受理部门核查：已践诺" : "承诺受理部门核查：违诺", cancellationToken);
        if (!amended.Succeeded)
        {
            logger.LogWarning("Commitment {CommitmentId}: the XYCN record was not amended: {Error}", commitment.Id, amended.Error);
        }

        if (!fulfilled && (await DeliverBreachesAsync([commitment], actor, cancellationToken)).Count == 0)
        {
            (commitment.Status, commitment.VerifiedOn, commitment.VerifiedBy, commitment.VerificationNote, commitment.BreachNumber, commitment.EvidenceName, commitment.EvidenceHash) = previous;
            if (file is not null)
            {
                db.Evidence.Remove(file);
            }

            await db.SaveChangesAsync(cancellationToken);
            await records.AmendAsync(commitment.SubjectId, CommitmentNames.ItemCode, commitment.Number,
                new Dictionary<string, string?> { [WellKnownItems.Commitment.Status] = WellKnownItems.Commitment.StatusInForce, ["核查日期"] = null }, actor, "违诺信息未能写入，核查撤回", cancellationToken);
            return Result.Failure("违诺信息未能写入信用信息库，核查未保存，请稍后再试。");
        }

        return Result.Success();
    }

    /// <summary>Withdrawal (已撤回) by the recipient department, e.g. the application it was made for was withdrawn.</summary>
    public async Task<Result> WithdrawAsync(long id, string? reason, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        if (!await queries.IsVisibleAsync(staff, id, cancellationToken))
        {
            return Result.NotFound("承诺不存在。");
        }

        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commitment is null || !MayDecide(staff, commitment))
        {
            return Result.Failure(commitment is null ? ErrorKind.NotFound : ErrorKind.Forbidden, "只有承诺受理部门（或信用办）可以撤回该承诺。");
        }

        if (commitment.Status != CommitmentStatus.InForce)
        {
            return Result.Conflict($"该承诺已是“{CommitmentNames.Status(commitment.Status)}”，不能撤回。");
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 2000)
        {
            return Result.Failure("请写明撤回原因（不超过2000字）。", "reason");
        }

        commitment.Status = CommitmentStatus.Withdrawn;
        commitment.VerifiedOn = Today;
        commitment.VerifiedBy = staff.UserName;
        commitment.VerificationNote = reason;
        commitment.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        var amended = await records.AmendAsync(commitment.SubjectId, CommitmentNames.ItemCode, commitment.Number,
            new Dictionary<string, string?> { [WellKnownItems.Commitment.Status] = WellKnownItems.Commitment.StatusWithdrawn }, staff.UserName ?? "", "承诺撤回：" + reason, cancellationToken);
        return amended;
    }

    /// <summary>
    /// Writes the XYWN bad records of breached commitments (one delivery per department); returns those written. The
    /// subject's code comes from its XYCN record (a person's ID number never leaves the record store otherwise).
    /// </summary>
    public async Task<IReadOnlyList<Commitment>> DeliverBreachesAsync(IReadOnlyList<Commitment> breached, string actor, CancellationToken cancellationToken)
    {
        var written = new List<Commitment>();
        var names = (await departments.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        var published = (await records.ListAsync(breached.Select(c => c.SubjectId).Distinct().ToList(), CommitmentNames.ItemCode, cancellationToken))
            .ToDictionary(r => (r.SubjectId, r.SourceKey));
        foreach (var group in breached.GroupBy(c => c.DepartmentCode, StringComparer.Ordinal))
        {
            var rows = new List<IReadOnlyDictionary<string, string?>>();
            var included = new List<Commitment>();
            foreach (var c in group)
            {
                if (!published.TryGetValue((c.SubjectId, c.Number), out var record))
                {
                    logger.LogWarning("Commitment {CommitmentId}: no XYCN record to take the subject's code from; breach record not written", c.Id);
                    continue;
                }

                record.Values.TryGetValue("统一社会信用代码", out var uscc);
                record.Values.TryGetValue("身份证号码", out var idNumber);
                rows.Add(new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["承诺主体名称"] = c.SubjectName,
                    ["统一社会信用代码"] = uscc,
                    ["身份证号码"] = idNumber,
                    ["违诺认定编号"] = c.BreachNumber,
                    ["承诺书编号"] = c.Number,
                    ["承诺类型"] = CommitmentNames.TypeCode(c.Type),
                    ["承诺事项"] = c.Matter,
                    ["违诺情形"] = c.VerificationNote ?? "承诺受理部门核查认定违诺",
                    ["认定部门"] = names.GetValueOrDefault(c.DepartmentCode, c.DepartmentCode),
                    ["认定日期"] = (c.VerifiedOn ?? Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                });
                included.Add(c);
            }

            if (rows.Count == 0)
            {
                continue;
            }

            var result = await delivery.DeliverAsync(new RecordDeliveryRequest(CommitmentNames.BreachItemCode, group.Key, actor, $"违背信用承诺 {rows.Count} 条", rows), cancellationToken);
            if (!result.Completed)
            {
                logger.LogWarning("Breach records of department {Department} not written: {Error}", group.Key, result.Error);
                continue;
            }

            var rejected = result.Rejections.Select(r => r.RowNumber - 1).ToHashSet();
            written.AddRange(included.Where((_, i) => !rejected.Contains(i)));
            if (rejected.Count > 0)
            {
                logger.LogWarning("{Count} breach records of department {Department} rejected (batch {BatchId})", rejected.Count, group.Key, result.BatchId);
            }
        }

        if (written.Count > 0)
        {
            // 违诺 for the monitoring alerts: once the breach records are in, in a transaction of this module's own.
            var events = written
                .Select(c => new BreachedCommitment(c.Id, c.SubjectId, c.Number, c.Matter.Length > 200 ? c.Matter[..200] : c.Matter,
                    names.GetValueOrDefault(c.DepartmentCode, c.DepartmentCode), c.VerifiedOn ?? Today))
                .Chunk(1000).Select(chunk => new CommitmentsBreached(chunk)).ToList();
            await db.SaveChangesWithEventsAsync(events, cancellationToken);
        }

        return written;
    }

    private async Task<string> NextNumberAsync(CancellationToken cancellationToken)
    {
        var next = await db.Database.SqlQueryRaw<long>("SELECT nextval('credit.commitment_numbers') AS \"Value\"").SingleAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"HZCN{Today:yyyy}{next:D7}");
    }
}
