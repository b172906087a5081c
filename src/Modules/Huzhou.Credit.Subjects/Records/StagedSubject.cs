using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Security;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// The subject columns of a staged row. A person's raw ID number never reaches the database: only its blind
/// index, its ciphertext (in case the person must be created) and the masked form.
/// </summary>
internal readonly record struct StagedSubject(
    string? Uscc,
    bool UsccWarning,
    byte[]? IdIndex,
    byte[]? IdCipher,
    string? IdMasked,
    short? BirthYear,
    short? Sex,
    SubjectKind Kind,
    string District)
{
    /// <summary>The key of the writer's subject cache: the code, or the blind index in base64 (computed once per row).</summary>
    public string CacheKey { get; } = Uscc ?? Convert.ToBase64String(IdIndex!);

    public static StagedSubject From(IncomingCreditRecord record, PersonalDataProtector protector)
    {
        switch (record.SubjectKey)
        {
            case SubjectKeyKind.Uscc:
            {
                // What the validator passes on is almost always normalised and valid: the parser's fast path, no allocation.
                var code = SubjectCode.ParseCreditCode(record.SubjectKeyValue);
                if (code.CreditCode is not { } uscc)
                {
                    throw new ArgumentException($"Row {record.RowNumber}: the subject code is not a valid credit code ({UnifiedSocialCreditCode.TryParse(record.SubjectKeyValue).FirstErrorMessage}).", nameof(record));
                }

                return new StagedSubject(uscc, code.HasWarnings, null, null, null, null, null,
                    UnifiedSocialCreditCode.KindOf(uscc.AsSpan(0, 2)), PendingSubjects.DistrictOf(uscc.AsSpan(2, 6)));
            }

            case SubjectKeyKind.IdNumber:
            {
                var code = SubjectCode.ParseIdNumber(record.SubjectKeyValue);
                var id = code.IdNumber
                    ?? throw new ArgumentException($"Row {record.RowNumber}: the subject ID number is not valid.", nameof(record));
                return new StagedSubject(null, code.HasWarnings, code.BlindIndex(protector), protector.Encrypt(id.Value), id.Masked,
                    (short)id.BirthDate.Year, (short)id.Sex, SubjectKind.NaturalPerson, PendingSubjects.DistrictOf(id.AddressCode));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(record), record.SubjectKey, "Unknown subject key kind.");
        }
    }
}
