using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>Encrypts a key of the ring (its XML, which holds the secret <c>masterKey</c>) with AES-256-GCM.</summary>
internal sealed class KeyRingXmlEncryptor(KeyRingKeys keys) : IXmlEncryptor
{
    internal static readonly XName Element = "encryptedKey";
    internal static readonly byte[] AssociatedData = Encoding.ASCII.GetBytes("Huzhou.Credit.DataProtection.v1");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var ciphertext = new byte[plaintext.Length];
        using (var aes = new AesGcm(keys.Current, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData);
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(Element,
            new XAttribute("kek", KeyRingKeys.Id(keys.Current)),
            new XAttribute("nonce", Convert.ToBase64String(nonce)),
            new XAttribute("tag", Convert.ToBase64String(tag)),
            Convert.ToBase64String(ciphertext));
        return new EncryptedXmlInfo(element, typeof(KeyRingXmlDecryptor));
    }
}
