import Foundation

/// A deterministic ZIP archive of a bundle (stored, not compressed).
///
/// Entries are in the bundle's path order with a fixed timestamp (1980-01-01 00:00, the
/// format's epoch) and fixed permissions, so the same bundle always gives the same archive.
/// Stored entries keep this writer small; the bundle is a few hundred kilobytes of text.
public enum ZipArchive {
    /// The archive bytes, every file under `root/`.
    public static func archive(_ bundle: DesignBundle, root: String) -> Data {
        var output = Data()
        var central = Data()
        let dosTime: UInt16 = 0
        let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
        for path in bundle.paths {
            let data = bundle.files[path]!
            let name = Array("\(root)/\(path)".utf8)
            let crc = CRC32.checksum([UInt8](data))
            let offset = UInt32(output.count)
            var local = Data()
            local.append(le32: 0x0403_4b50)
            local.append(le16: 20)        // version needed
            local.append(le16: 0x0800)    // UTF-8 names
            local.append(le16: 0)         // stored
            local.append(le16: dosTime)
            local.append(le16: dosDate)
            local.append(le32: crc)
            local.append(le32: UInt32(data.count))
            local.append(le32: UInt32(data.count))
            local.append(le16: UInt16(name.count))
            local.append(le16: 0)
            local.append(contentsOf: name)
            output.append(local)
            output.append(data)
            central.append(le32: 0x0201_4b50)
            central.append(le16: 0x031E)  // made by: Unix, 3.0
            central.append(le16: 20)
            central.append(le16: 0x0800)
            central.append(le16: 0)
            central.append(le16: dosTime)
            central.append(le16: dosDate)
            central.append(le32: crc)
            central.append(le32: UInt32(data.count))
            central.append(le32: UInt32(data.count))
            central.append(le16: UInt16(name.count))
            central.append(le16: 0)
            central.append(le16: 0)
            central.append(le16: 0)
            central.append(le16: 0)
            central.append(le32: UInt32(0o100644) << 16)
            central.append(le32: offset)
            central.append(contentsOf: name)
        }
        let centralOffset = UInt32(output.count)
        output.append(central)
        output.append(le32: 0x0605_4b50)
        output.append(le16: 0)
        output.append(le16: 0)
        output.append(le16: UInt16(bundle.files.count))
        output.append(le16: UInt16(bundle.files.count))
        output.append(le32: UInt32(central.count))
        output.append(le32: centralOffset)
        output.append(le16: 0)
        return output
    }
}

/// CRC-32 (IEEE 802.3), as ZIP requires.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    mutating func append(le16 value: UInt16) { append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)]) }
    mutating func append(le32 value: UInt32) { append(contentsOf: (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }) }
}
