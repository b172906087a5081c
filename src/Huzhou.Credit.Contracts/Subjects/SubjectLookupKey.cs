namespace Huzhou.Credit.Contracts.Subjects;

/// <summary>
/// The key that finds a subject from the code a caller gives, without keeping a person's ID number: an
/// organisation's credit code as ASCII (18 bytes), a person's blind index (the keyed HMAC the registry uses, 32 bytes).
/// </summary>
public static class SubjectLookupKey
{
    /// <summary>
    /// The keys a code may stand for: one, or two when an 18-character code reads both as an ID number and as a
    /// credit code (the registry holds such pairs apart; the person's is first). Empty when the code is neither.
    /// </summary>
    public static byte[][] Candidates(Huzhou.Credit.SharedKernel.Identifiers.SubjectCode code, Huzhou.Credit.SharedKernel.Security.PersonalDataProtector protector)
    {
        var index = code.BlindIndex(protector);
        return (index, code.CreditCode) switch
        {
            ({ } person, { } organisation) => [person, Organisation(organisation)],
            ({ } person, null) => [person],
            (null, { } organisation) => [Organisation(organisation)],
            _ => [],
        };
    }

    /// <summary>The key of an organisation's normalised credit code.</summary>
    public static byte[] Organisation(string uscc) => System.Text.Encoding.ASCII.GetBytes(uscc);
}
