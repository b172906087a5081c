using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.Subjects.Domain;

/// <summary>
/// A subject of the five-subject credit database (五类主体): an organisation keyed by its unified social
/// credit code, or a natural person keyed by the blind index of their resident ID number. Every credit
/// record hangs off a subject's id. Subjects are never deleted: a closed company is 注销, not gone.
/// </summary>
internal sealed class Subject
{
    public long Id { get; set; }

    public SubjectKind Kind { get; set; }

    /// <summary>False while the kind is only inferred from the code's prefix; true once a clerk confirmed it.</summary>
    public bool KindConfirmed { get; set; }

    public string Name { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public RegistrationStatus Status { get; set; } = RegistrationStatus.Active;

    /// <summary>Subjects created from a department's delivery are pending (待核实) until the credit office verifies them.</summary>
    public VerificationStatus Verification { get; set; } = VerificationStatus.Verified;

    public DateTimeOffset? VerifiedAt { get; set; }

    public string? VerifiedBy { get; set; }

    // Organisations

    public string? Uscc { get; set; }

    /// <summary>The code fails its check character (real registries hold such codes) and was accepted on purpose.</summary>
    public bool UsccCheckWarning { get; set; }

    public string? UsccWarningReason { get; set; }

    public string? LegalRepresentative { get; set; }

    /// <summary>Registered capital in 万元 (10,000 yuan), as registries publish it.</summary>
    public decimal? RegisteredCapital { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public string? Address { get; set; }

    /// <summary>
    /// The 核准日期 (else the 成立日期) of the registration row the registry last applied from a delivery: an older row
    /// changes nothing (see Records/ChunkStore). Null until a registration row arrives.
    /// </summary>
    public DateOnly? RegistrationAsOf { get; set; }

    /// <summary>GB/T 4754-2017 section letter (A-T).</summary>
    public string? IndustryCode { get; set; }

    // Natural persons: the ID number is stored encrypted, with a keyed blind index for exact lookup.

    public byte[]? IdNumberCipher { get; set; }

    public byte[]? IdNumberIndex { get; set; }

    /// <summary>Masked form (<c>330502********1234</c>), safe to show to any staff member who may see the person.</summary>
    public string? IdNumberMasked { get; set; }

    public short? BirthYear { get; set; }

    public Sex? Sex { get; set; }

    // Bookkeeping

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public bool IsPerson => Kind == SubjectKind.NaturalPerson;
}
