using System.Globalization;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Domain;
using V = Huzhou.Credit.Subjects.Seed.DemoCityVocabulary;

namespace Huzhou.Credit.Subjects.Seed;

/// <summary>
/// A deterministic Huzhou-like city. Subject <c>i</c> of a kind is always the same subject (its random
/// stream is seeded by <c>i</c>), so seeding more later (demo, then full scale) extends the same city.
/// Every code and ID number is valid, except a few codes that deliberately fail their check character,
/// accepted with a reason, as real registries hold such codes.
/// </summary>
internal sealed class DemoCityGenerator(PersonalDataProtector protector)
{
    public const string CreatedBy = "demo-seed";

    private static readonly DateOnly Today = new(2026, 11, 26);

    /// <summary>Population weights of the county-level districts (persons and organisations alike).</summary>
    private static readonly (string Code, int Weight)[] DistrictWeights =
        [("330502", 17), ("330503", 15), ("330521", 16), ("330522", 19), ("330523", 16), ("3305Z1", 10), ("3305Z2", 5), ("3305Z3", 2)];

    /// <summary>Address codes of residents born elsewhere (安徽、江苏、江西、河南、浙江其他地市 ...).</summary>
    private static readonly string[] OtherAddressCodes =
        ["341802", "341881", "341202", "341621", "320282", "320583", "330106", "330402", "330681", "362301", "411522", "510922", "522425", "330501"];

    private static readonly string[] PublicInstitutionSections = ["P", "Q", "R", "S", "N"];

    private static readonly string[] OwnerSuffixes = ["记", "氏", "师傅", "阿姨", "家"];

    public static IEnumerable<Subject> Organisations(int from, int count)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < from + count; i++)
        {
            var subject = Organisation(i, names);
            if (i >= from)
            {
                yield return subject;
            }
        }
    }

    public IEnumerable<Subject> Persons(int from, int count)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < from + count; i++)
        {
            var rnd = new Random(unchecked((i * 7919) + 1_000_003));
            var district = Pick(rnd, DistrictWeights[..5]);
            var sex = rnd.Next(2) == 0 ? Sex.Male : Sex.Female;
            var age = 18 + (int)Math.Min(72, Math.Abs(Normal(rnd) * 20) + (rnd.NextDouble() * 25));
            var birth = Today.AddYears(-age).AddDays(-rnd.Next(365));
            var address = rnd.NextDouble() < 0.86 ? district : OtherAddressCodes[rnd.Next(OtherAddressCodes.Length)];
            string id;
            do
            {
                var sequence = (rnd.Next(500) * 2) + (sex == Sex.Male ? 1 : 0);
                id = ResidentIdNumber.Compose(address, birth, sequence).Value;
            }
            while (!taken.Add(id));

            if (i < from)
            {
                continue;
            }

            var number = ResidentIdNumber.Parse(id);
            yield return new Subject
            {
                Kind = SubjectKind.NaturalPerson,
                KindConfirmed = true,
                Name = PersonName(rnd, sex),
                DistrictCode = district,
                Status = rnd.NextDouble() < 0.01 ? RegistrationStatus.Cancelled : RegistrationStatus.Active,
                IdNumberCipher = protector.Encrypt(id),
                IdNumberIndex = protector.BlindIndex(id),
                IdNumberMasked = number.Masked,
                BirthYear = (short)birth.Year,
                Sex = sex,
            };
        }
    }

    private static Subject Organisation(int i, HashSet<string> names)
    {
        var rnd = new Random(unchecked((i * 104_729) + 17));
        var roll = rnd.NextDouble();
        var district = Pick(rnd, DistrictWeights);
        var county = CountyOf(district);
        var town = TownOf(rnd, district);

        // Kinds in roughly the city's proportions, with enough of the rarer kinds that a demo shows them.
        var (prefix, kind) = roll switch
        {
            < 0.006 => ("11", SubjectKind.GovernmentOrgan),
            < 0.026 => ("12", SubjectKind.PublicInstitution),
            < 0.048 => ("5", SubjectKind.SocialOrganisation),
            < 0.090 => ("92", SubjectKind.Enterprise),
            < 0.120 => ("93", SubjectKind.Enterprise),
            _ => ("91", SubjectKind.Enterprise),
        };

        string name;
        string? industry;
        var attempts = 0;
        do
        {
            (name, industry, prefix) = kind switch
            {
                SubjectKind.GovernmentOrgan => (GovernmentOrganName(rnd, ref district, county, town), "S", prefix),
                SubjectKind.PublicInstitution => (Fill(rnd, V.PublicInstitutionTemplates, rnd.NextDouble() < 0.2 ? "湖州市" : Formal(county), town), Pick(rnd, PublicInstitutionSections), prefix),
                SubjectKind.SocialOrganisation => SocialOrganisationName(rnd, county, town),
                _ when prefix == "92" => IndividualBusinessName(rnd, county, town),
                _ when prefix == "93" => ($"{ShortName(county)}{Stem(town)}{Pick(rnd, V.CooperativeWords)}{Pick(rnd, V.CooperativeSuffixes)}", "A", prefix),
                _ => EnterpriseName(rnd, county),
            };
        }
        while (!names.Add(name) && ++attempts < 8);

        // Organisation code bodies are a bijection of (kind block, i): codes never collide.
        var block = prefix switch { "91" => 0L, "92" => 1L, "93" => 2L, "11" => 3L, "12" => 4L, _ => 5L };
        var body = ((((block * 10_000_000L) + i) * 2_654_435_761L) % 100_000_000L).ToString("D8", CultureInfo.InvariantCulture);
        var division = district.Contains('Z', StringComparison.Ordinal) ? "330500" : district;
        var code = UnifiedSocialCreditCode.Compose(prefix, division, body).Value;
        var warning = kind == SubjectKind.Enterprise && rnd.NextDouble() < 0.003;
        if (warning)
        {
            // Historic codes that fail the check character exist; keep a few so the review list has content.
            var wrong = UnifiedSocialCreditCode.Alphabet[(UnifiedSocialCreditCode.Alphabet.IndexOf(code[17], StringComparison.Ordinal) + 1) % 31];
            code = string.Concat(code.AsSpan(0, 17), wrong.ToString());
        }

        var established = kind switch
        {
            SubjectKind.GovernmentOrgan => new DateOnly(1983 + rnd.Next(25), 1 + rnd.Next(12), 1 + rnd.Next(28)),
            SubjectKind.PublicInstitution => new DateOnly(1980 + rnd.Next(40), 1 + rnd.Next(12), 1 + rnd.Next(28)),
            _ => Today.AddDays(-(int)Math.Min(365 * 30, Math.Abs(Normal(rnd)) * 365 * 9)),
        };
        var status = kind == SubjectKind.Enterprise ? StatusOf(PickWeighted(rnd, V.EnterpriseStatuses, x => x.Weight)) : RegistrationStatus.Active;
        var capital = prefix switch
        {
            "91" => Math.Round((decimal)Math.Exp(4.6 + (Normal(rnd) * 1.3)), 0),
            "92" => Math.Round((decimal)(1 + (rnd.NextDouble() * 49)), 0),
            "93" => Math.Round((decimal)(10 + (rnd.NextDouble() * 190)), 0),
            _ => (decimal?)null,
        };

        return new Subject
        {
            Kind = kind,
            KindConfirmed = false,
            Name = name,
            DistrictCode = district,
            Status = status,
            Uscc = code,
            UsccCheckWarning = warning,
            UsccWarningReason = warning ? "历史赋码，已与营业执照原件核对一致" : null,
            LegalRepresentative = PersonName(rnd, rnd.NextDouble() < 0.7 ? Sex.Male : Sex.Female),
            RegisteredCapital = capital,
            EstablishedOn = established > Today ? Today : established,
            Address = $"浙江省湖州市{CountyName(county)}{town}{Pick(rnd, V.RoadNames)}{1 + rnd.Next(999)}号",
            IndustryCode = industry,
        };
    }

    private static (string Name, string? Industry, string Prefix) EnterpriseName(Random rnd, string county)
    {
        var industry = PickWeighted(rnd, V.Industries.Where(x => x.Weight > 0).ToArray(), x => x.Weight);
        var region = rnd.NextDouble() switch
        {
            < 0.45 => ShortName(county),
            < 0.80 => "湖州",
            _ => "浙江",
        };
        return ($"{region}{Pick(rnd, V.EnterpriseTradeNames)}{Pick(rnd, industry.BusinessWords)}{Pick(rnd, industry.OrganisationSuffixes)}", industry.Section, "91");
    }

    private static (string Name, string? Industry, string Prefix) IndividualBusinessName(Random rnd, string county, string town)
    {
        var owner = rnd.NextDouble() < 0.5 ? Pick(rnd, V.EnterpriseTradeNames) : PickWeighted(rnd, V.Surnames, s => s.Weight).Surname + Pick(rnd, OwnerSuffixes);
        var word = Pick(rnd, V.IndividualBusinessWords);
        var industry = word.Contains("维修", StringComparison.Ordinal) || word.Contains("理发", StringComparison.Ordinal) || word.Contains('美') ? "O"
            : word.Contains('店') || word.Contains("超市", StringComparison.Ordinal) ? "F"
            : word.Contains("加工", StringComparison.Ordinal) ? "C" : "H";
        return ($"{CountyName(county)}{town}{owner}{word}", industry, "92");
    }

    private static (string Name, string? Industry, string Prefix) SocialOrganisationName(Random rnd, string county, string town)
    {
        var template = Pick(rnd, V.SocialOrganisationTemplates);
        var prefix = template.Contains("基金会", StringComparison.Ordinal) ? "53" : template.Contains("{2}", StringComparison.Ordinal) ? "52" : "51";
        var name = string.Format(CultureInfo.InvariantCulture, template, rnd.NextDouble() < 0.25 ? "湖州市" : Formal(county), town, Pick(rnd, V.EnterpriseTradeNames));
        return (name, prefix == "52" && template.Contains("学校", StringComparison.Ordinal) ? "P" : "S", prefix);
    }

    private static string GovernmentOrganName(Random rnd, ref string district, string county, string town)
    {
        var roll = rnd.NextDouble();
        if (roll < 0.2)
        {
            district = "330500";
            return Pick(rnd, V.CityGovernmentOrgans);
        }

        if (roll < 0.7)
        {
            return string.Format(CultureInfo.InvariantCulture, Pick(rnd, V.GovernmentOrganTemplates), Formal(county));
        }

        var options = V.TownshipGovernmentTemplates.Where(t => town.EndsWith(t.TownSuffix, StringComparison.Ordinal)).ToArray();
        return options.Length == 0
            ? string.Format(CultureInfo.InvariantCulture, Pick(rnd, V.GovernmentOrganTemplates), Formal(county))
            : string.Format(CultureInfo.InvariantCulture, Pick(rnd, options).Template, Formal(county), town);
    }

    private static string Fill(Random rnd, string[] templates, string district, string town) =>
        string.Format(CultureInfo.InvariantCulture, Pick(rnd, templates), district, town);

    private static string PersonName(Random rnd, Sex sex)
    {
        var surname = PickWeighted(rnd, V.Surnames, s => s.Weight).Surname;
        var chars = sex == Sex.Male ? V.MaleGivenNameCharacters : V.FemaleGivenNameCharacters;
        return rnd.NextDouble() < 0.72 ? surname + Pick(rnd, chars) + Pick(rnd, chars) : surname + Pick(rnd, chars);
    }

    private static RegistrationStatus StatusOf((string Name, int Weight) status) => status.Name switch
    {
        "注销" => RegistrationStatus.Cancelled,
        "吊销" => RegistrationStatus.Revoked,
        "迁出" => RegistrationStatus.MovedOut,
        _ => RegistrationStatus.Active,
    };

    /// <summary>The county-level district whose names a functional zone's subjects carry.</summary>
    private static string CountyOf(string district) =>
        V.FunctionalZones.FirstOrDefault(z => z.Code == district).ParentCode ?? district;

    private static string TownOf(Random rnd, string district)
    {
        var zone = V.FunctionalZones.FirstOrDefault(z => z.Code == district);
        return zone.Code is not null ? Pick(rnd, zone.Towns) : Pick(rnd, V.Districts.First(d => d.Code == district).Towns);
    }

    private static string CountyName(string county) => V.Districts.First(d => d.Code == county).Name;

    private static string ShortName(string county) => V.Districts.First(d => d.Code == county).ShortName;

    /// <summary>How a district appears in organs' formal names: 湖州市吴兴区, 湖州市南浔区, 德清县 ...</summary>
    private static string Formal(string county) =>
        county is "330502" or "330503" ? "湖州市" + CountyName(county) : CountyName(county);

    private static string Stem(string town) =>
        town.EndsWith("街道", StringComparison.Ordinal) ? town[..^2] : town[..^1];

    private static T Pick<T>(Random rnd, IReadOnlyList<T> items) => items[rnd.Next(items.Count)];

    private static string Pick(Random rnd, (string Code, int Weight)[] items) => PickWeighted(rnd, items, x => x.Weight).Code;

    private static T PickWeighted<T>(Random rnd, IReadOnlyList<T> items, Func<T, int> weight)
    {
        var total = 0;
        foreach (var item in items)
        {
            total += weight(item);
        }

        var roll = rnd.Next(total);
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    /// <summary>A standard normal draw (Box-Muller).</summary>
    private static double Normal(Random rnd) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - rnd.NextDouble())) * Math.Cos(2.0 * Math.PI * rnd.NextDouble());
}
