using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Domain;

namespace Huzhou.Credit.Subjects.Features;

internal sealed record SubjectSearchRow(
    long Id,
    SubjectKind Kind,
    string Name,
    string? Uscc,
    string? IdNumberMasked,
    string DistrictCode,
    RegistrationStatus Status,
    bool UsccCheckWarning,
    VerificationStatus Verification = VerificationStatus.Verified);
