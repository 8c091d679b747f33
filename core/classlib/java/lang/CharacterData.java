// Unicode properties of every code point, as Java 17 (Unicode 13.0) reports them, in run tables.
package java.lang;

/**
 * The tables are text. A number is written in base 32, least significant digit first: each
 * digit but the last is a character of DIGITS, the last one a character of FINAL. Signed
 * numbers are zigzag-coded (0, -1, 1, -2, ... are written 0, 1, 2, 3, ...). A run's start is
 * written as its distance from the end of the previous run (for TYPES, from its start).
 * They were extracted from HotSpot's java.lang.Character, code point by code point.
 */
final class CharacterData {
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuv";
    private static final String FINAL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ<=>?@[";

    /** General category runs: the category as one DIGITS character, then the distance. */
    private static final String TYPES =
            "fAc0BoBqDoBlDmBoBpBoBkBoB9CoKpCoD1Cl<oBmBrBnBrB2Bl<pBmBpBfBc1BoBqBsEoBrBsB5BtBpBgBsBrBsB"
            + "pBbBrC2BoBrCbB5BuBbBoD1BpX1B2HpY2B1I2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B"
            + "2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1C2B1B2B1B2B1B2B1B2B1B2B1B2B1B"
            + "2B1C2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B"
            + "2B1B2B1B2C1B2B1B2B1D2C1B2B1B2C1B2D1C2E1B2C1B2D1D2C1B2C1B2B1B2B1B2C1B2B1C2B1B2C1B2D1B2B1B"
            + "2C5C1B2B5D1E3B2B1B3B2B1B3B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1C2B1B2B1B2B1B2B1B2B1B2B1B2B"
            + "1B2B1B2B1C3B2B1B2B1B2D1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B"
            + "2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1H2C1B2C1C2B1B2E1B2B1B2B1B2B1B2B55C2B4"
            + "=rS4ErM4OrF4HrB4BrB6R1gD2B1B2B4BrB1B2B0B4C2BoD1B0BrE1CoB1B0D1B0B1B2C1B0R1B2J13B2B1C2D1D2"
            + "B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1F2BpB1B2B1B2C1C2jB1gB2B1B2B1B2B1B2B1B2B1B2"
            + "B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2BsB6B7F1C2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1"
            + "B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2C1B2B1B2B1B2B1"
            + "B2B1B2B1B2B1C2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1"
            + "B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1"
            + "B2B1B2B1B2B1B2B1B2B1B2B1B2B0B1B06B4CoB2Go9BkB0BsCqC0B6BkdB6BoB6BoC6BoC6B0B5I0=5EoE0CgLpG"
            + "oDqCoBsC6CoLgB0BoB5C40B5B6K9VoK5E6C5Bo3D5B6BgHsB6B4G6CsC6B5E9C5KsD5CoB0OgB5B6B5B6@0=5C6p"
            + "C5L0B9O5K61B4JsCoB4D0B6CqB5C6W4E6B4J6B4D6B0FoC0P5B6Z0DoC0B5B0L5lB0V5B0S6LgP6B80B5B6mB8B6"
            + "B5B8B6D8I6E8B5C6B5H6KoC9CoK4B5B6P8B0C5B0I5C0C5C0W5B0H5B0B5D0E6C5B8B6D0E8C0C8C6C5B0B8I0B5"
            + "E0C5B6D0C9C5KqCbCsGqB5BoB6B0B6C8C0B5B0G5E0C5C0W5B0H5B0C5B0C5B0C6C0B8B6D0C6E0C6C0D6D0B5H0"
            + "E5B0B9H6K5C6DoB0B6K8C0B5B0J5B0D5B0W5B0H5B0C5B0F6C5B8B6D0F6B8C0B8B6C0B5C0B5P6C0C9CoKqB0B5"
            + "H6B0G6B8B0C5B0I5C0C5C0W5B0H5B0C5B0F6C5B8B6B8B6B0E8C0C8C6C0B6H8C0B5E0C5B6D0C9CsK5BbB0G6K5"
            + "B0B5B0G5D0D5B0E5D0C5B0B5B0C5D0C5D0D5D0M8E6C8B0C8D0D8B6D0B5C0B8G0B9ObKsDqGsB0B6F8B6D5B0I5"
            + "B0D5B0X5B0Q5D6B8D0E6B0D6B0E6H0C5B0D5F6C0C9C0KoHbBsH5B6B8BoC5B0I5B0D5B0X5B0K5B0F6C5B8B6B8"
            + "B0F6B8B0C8B6C0C8H0C5H0B5B6C0C9C0K5B0C6N8C5C0J5B0D5B69B5C8B6D0E8B0D8B6D5BsB0B5E8DbB5H6D0C"
            + "9CbKsJ5B0G6B8B0C5B0S5D0Y5B0J5B0B5C0H6D0B8E6D0D6B0B8B0I9G0K8CoC0B5M6gB5B6C0HqE5B4G6BoI9Bo"
            + "K0C55B0C5B0B5B0F5B0Y5B0B5B6K5B6C5J0B5C0F4B0B6B0G9C0K5C0E50BsBoDsPoBsB6DsC9GbKsK6BsB6BsB6"
            + "BlBmBlBmB8B5C0I5B04B6E8O6BoF6B5C6F0L6B04BsB6IsB0GsBoCsFoE0C55B8bB6C8E6B8G6B8C6C5C9BoK5G8"
            + "G6C5C6E5D8B5D8C5H6D5E6N8B6C8C6G5B8B9B8K6DsB1C06B1B0B1F0B2CobB4B2B5D09K5B0E5C0H5B0B5B0E5C"
            + "09B5B0E5C01B5B0E5C0H5B0B5B0E5C0P5B0pB5B0E5C03C6CoDbJ0U5DsQ0K1G0mC2C0GkC5BscToB5BcR5Bl<mB"
            + "0B5DobCaD5D0I5H0N5B6E0D5L6SoD0C5J6S0C5M0N5B0D6B0C5M6kB8C6B8H6I8B6CoL4DoBqD5B6B0B9C0KbG0K"
            + "oGkGoB6EgD0B9B0K5G43B5B0lB5H6F5C62B5B0B5F06C5K0[6B8D6E8C0D8E6C8B6G0DsE0BoD9C5K0@5C0F5L0c"
            + "B5E0<9GbK0BsD52B6X8C6C0BoC5C8lB6B8B6B0H6B8B6B8B6C8I6G0K6C9B0K9G0KoG4HoB0G6C7O6B0C6vB8E5B"
            + "6fB8B6B8F6B8B6F8B5C0H9EoKsH6KsJ0J6D8C5B8@6B8E6C8C6B5D9C5K6cB8B6B8C6D8B6B8D0CoI5E84B6I8I6"
            + "C0CoD9F0K5D9D5K4@oG2C0J1H0bB1CoD0I6IoD6B8N6B5H6E5B6G5B8C6B5C0B2F4cB2vB4N2B42B65B0qB6B1F2"
            + "B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2"
            + "B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2"
            + "B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2"
            + "B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1J2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2"
            + "B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2"
            + "B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1J2I0G1C0G2C1I2I1I2I0G1C0G2C0I1B0B1"
            + "B0B1B0B1B2B1I2I0O2C3I2I3I2I3I2I0F2B1C3ErB2BrB2D0D2B1C3ErB2D0E2C1C0ErB2D1IrF0D2C0D2B1C3Er"
            + "B0CcBgLkFoGtCuBlBtBuClBtBoBdIeBgBcFoBtJuBoBnEoCpDlBmBoBpLoBnBoBcKgB0FgBbK4B0BbCpGlDmB4Bb"
            + "BpKlDmB0B4B0NqD00B6Q7N6E7B6D0MsP1CsB1EsB2C1B2D1C2DsB1BsBpC1BsF1GsB1BsB1BsB1BsE2B1B2E5B2E"
            + "sB2C1CpC1F2BsEpBsB2CsBbBaQ13B2BaBbEsB0CpEsFpFsCpEsBpCsBpCsBpHsBp[sCpCsBpBsBp[scIlImBlBmB"
            + "sBpUsClHmBsBphCsBp@sZp8BsG05CsZ0LbVssBbeCsWpnFsBpJsBpmBsIpfDsBloHmBlBmBlBmBlBmBlBmBlBmBl"
            + "BmBbBs@pcBlFmBpBl[mBlBmBlBmBlBmBlBmBpBsQp0Il3EmBlBmBlBmBlBmBlBmBlBmBlBmBlBmBlBmBlBmBlBmB"
            + "pBlvBmBlBmBpBl0BmBpBs2IpgBsVpCsG07BsC00BsB19D0fB2B0fB1B2B1B2D1C2B1B2B1B2B1B2E1B2B1C2B4G1"
            + "C2D1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1"
            + "B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1"
            + "B2B1B2B1B2B1B2B1B2B1B2BsC1G2B1B2B6B1D2B0BoFbEoB2C06B2B0B2F0B5C0oB4HoB0B6O5B0X5J0H5B0H5B0"
            + "H5B0H5B0H5B0H5B0H5B0H6Bo0BtCuBtBuBoBtDuBoBtBuBoBkJoBkCoBtBuBoBtCuBlBmBlBmBlBmBlBmBoB4FoB"
            + "kKoCkEoBlBoBsNoC0BsdB0<sB0pCsM0mGs<0McEoBsD4B5BaBlBmBlBmBlBmBlBmBlBmBsBlCmBlBmBlBmBlBmBk"
            + "BlBmBsCaB6J8EkC4BsFaC4D5BoBsB0C5B0mC6CrC4C5CkB5BoqC4B5D0B5F0bB5B0uCsBbCsE5Ks0B04B5MsQ0[b"
            + "BsKb@sIbBsPb0BsKb7BsP50Ks0eG50C0tfU5D4V5B0n3BsD0nB5J48BoG5C4cIoB5D9Q5K0C1U2B1B2B1B2B1B2B"
            + "1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B5B6B7BoD6BoK"
            + "4B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B4B6C5Ca6C6KoC0GrI4XrJ1C2B1B2B1"
            + "B2B1B2B1B2B1B2B1B2B1D2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1"
            + "B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B4B2B1I2B1B2B1B2C1B2B1B2B1B2B1B2B4"
            + "BrB1C2B1B2B5B1B2B1B2B1D2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2B1B2F1B2F1B2B1B2B1B2B1B2B1B2"
            + "B0B1C2B1B2E1B2B0B1aB2B5B4B2C5B6H5B6D5B6E5B8X6C8CsB6E0BbDsGqCsB0B5GokB0E8I5C8iB6Q0CoI9C0K"
            + "6G5SoG5DoB5B6C9B5K6>oI5C6X8L0CoL5B0?6D8D5B6fB8B6C8E6C8CoD0N4B9B0KoE5C6F4B5B9J5K0F5B69B8G"
            + "6C8C6C0C5J6D5B6I8B0B9C0KoC5E4Q5BsG5D8B6B8B5B6iB5B6B5D6C5C6F5C6B5B0B5Y4CoB5C8L6B8CoC5C4B8"
            + "C6B0B5K0G5C0G5C0G5J0H5B0H2BrbB4B2E4JrB0C2E5gC83B6C8B6C8BoC8B6B0B9C0K5G04tK5M0X5E0hBjEi00"
            + "C508G0eL5C0aD26B0H2M0F5F6B5BpK5B0N5B0F5B0B5B0C5B0C5BrcD0Q5RmbLlB0B5Q00C5C0mB58BqMsB0B6Co"
            + "QlHmBoB0B6GoQkBnClCmBlBmBlBmBlBmBlBmBlBmBlBmBlBmBoBlCmBoBnEoD0DoBkElBmBlBmBlBmBoBpDkBpB0"
            + "DoBqBoB0C5E0F5B07EgC0BoBqDoBlDmBoBpBoBkBoB9CoKpCoD1Cl<oBmBrBnBrB2Bl<pBmBpBlBmBoBlBmBoB5C"
            + "4K5B4dB5C0[5D0G5C0G5C0G5C0DqDpCrBsBqB0CsBpBsE0CgKsD0C5C0M5B0<5B0T5B0C5B0P5C0O52B0rDoF0Db"
            + "E0dBsDaJblBsEbRsC0DsB0NsD0BsfB6dB0B52E0?5D0hB6PbB0=5Eb0B0E5JaU5BaI0B5F66B0F5F0@oB5B04B5E"
            + "oIaB0F1aB28B58B0eC9C0K1G04B2E04B5E08B5I0kBoL0B5gE0nJ5J0W5K0I5oE0G5C0B5B0cB5B0C5D0B5C0XoB"
            + "bB5IsXbC5H0[bI0J5gB0T5B0CbF5FbW0GoD5B0<oF0B50C0oBbE5CbC0QbC5eB6B0D6B0C6F5E0E5B0D5B0?6C0D"
            + "6EbB0JoH0J5Hb?oC5Bb?0D50BsI5B6>0CbEoF0H5J0mBoD5H0WbC5I0TbF5I0SoH0EbM0H5gC09C1nB0jB2N0jBb"
            + "H5G64B0E9I0Kb6J0[5B0aB6BkC0B5C0C5eCb?5K0B5I6WbLoE0F5mCbV0H5U0X8J6B8B5B6lBoP0HbE9U0K6P8D5"
            + "B8dB6D8E6CoCgCoB0EgL0B5C0Z9H0K6G5D64B8F6B0I9BoK5E8B5C0B5I63BoB5C0B6J8C5B8gB6D8J5CoE6EoE8"
            + "B6B9B5KoB5BoB0DbB0U5L0S5B8Z6D8D6C8B6BoC6G0B51C0H5B0B5B0E5B0P5BoK0B5G6fB8B6D0I9F0K6G8C0C5"
            + "B0I5C0C5C0W5B0H5B0C5B0F6B5C8B6C8B0E8C0C8C0D5C0B8G0B5F8F0C6C0H6D0F5bE8lB6D8I6C8D6B5BoE9Fo"
            + "K0CoB6B5B0D5@8gB6D8G6B8B6E8C6B5CoC5B0B9I0K56F8fB6D0E8C6E8C6BoC5X6E0C52B8gB6D8I6C8B6BoC5D"
            + "0B9L0KoG0N5T6bB8B6B8B6C8G6B5B0B9H0K5mB0=6C8D6C8E6B0F9EbKoCsD0B50G8cB6D8J6BoC0B14D20B90Bb"
            + "K0J5M0I5C0B5C0I5B0C5B8Y0G8B0C6C8C6B5B8B5B8B6BoB0D9J0K56C0I5C87B6D0E6C8C6E5BoB5B8B0B5=6B5"
            + "K68B8G5B6BoE6I0B5I6B8G6C5D6eB8N6BoC5DoB0F5?0pB57I0J5B85B6B0H6B8G6B5BoB0F9KbK0ToD5C0@6C0W"
            + "8B6B8H6B8C6B0C59C0H5B0C5B66B0G6D0B6B0C6B5H6B0B9I0K5G0G5B0C5B80B0F6B0C8B6C8B6B5B0B9H0K5mJ"
            + "6T8CoC0C5nF0BbPsVqIsE0RoN5B0q>a6D0fDoB0F5L04G5slC0f1BgB0J57uD07S5pdI0pR5H0[9B0KoE0C50D0@"
            + "6CoF0B5K6gBoHsF4EoEsB0B9K0KbB0H5B0V5F0T1gV20Bb0BoX0E55D0bC6E5B8B0nB6H4E0N40CoC4B6B0B8L0C"
            + "5O0ovF5I0m6B5aB0J5nnI0vI5hB0D5R0E5I0cM548C0bD5F0N5D0J5H0KsC6BoCgB0EssqE0mHsK07BsC8sB6CsD"
            + "8DgG6IsI6CsH6@sE0rBsX62CsD0BbqE0UsM0nCbJ0Z17E2<1<2<0H2B1S2<1<0B1B0C1C0B1C0C1C0E1B2I0E2B0"
            + "B2B0H2B1L2<1<0C1B0E1C0I1B0H2B1<0C1B0E1B0F1B0B1D0H2B1<2<1<2<1<2<1<2<1<2<1<2<0>1CpZ2BpZ2B1"
            + "GpZ2BpZ2B1GpZ2BpZ2B1GpZ2BpZ2B1GpZ2BpZ2B1G2B0B9CsiB60QsnB6EsiB6IsB6OsBoC0F6P0F6B0P6gaB0H6"
            + "B0R6C0H6B0C6B0F5lG0dB6D4H0H9C0K5EsB0B5gL6cB9E0KqF0B508B05GbC6J0H19B22B62B4H0B9E0KoE0CbhY"
            + "srBbBqDbB0EbcCsdBbB0P52G0E5B0=5B0C5B0B5C0B5B0K5B0E5B0B5B0B5G0B5E0B5B0B5B0B5B0D5B0C5B0B5C"
            + "0B5B0B5B0B5B0B5B0B5B0C5B0B5C0E5B0H5B0E5B0E5B0B5B0K5B0R5F0D5B0F5B0RpkB0CseI0cBsE04DsM0PsC"
            + "0PsB0PsB05BbKsN01FsoB0?sN0cBsE0JsH0CsO0GsqErrHsF0oWsI0NsD0NsD0kDsM0pCsH0MsU0MsE0oBsI0KsG"
            + "08BsI0@sC0CseC0pDsB0iCsB07EsM0OsC0FsD0DsF0HsJ0ZsH0HsJ0DsN0Hs9B0jEsB0nB95B0K560B0um9B52B0"
            + "l1E5L0uG5C02kF5O0h9H5v0D0uQ52fB0bqEgm5rV0Bg@00D60E0gHiggvB0uvvBiC0uvvB";

    /**
     * Case mapping runs: distance, length - 1, then the signed (upper - cp, lower - cp) of
     * the code points at even offsets in the run, then of those at odd offsets.
     */
    private static final String CASES =
            "1CZA0CA0CGZvBAvBAqBAeeBAeeBAKWA0CA0CBGA0CA0CBWvBAvBABGvBAvBAABiHAACAeBBAACABAdMfOAAFACBA"
            + "BPACBABdBACBAABAhHACAEBAACABnSA6MAABA4NACACBAACABAsMACABBAAqMABAqMACAABABABBAuEAkMABAmMA"
            + "CABBAAqMABAuM2GAABA6NA2NABACBAAA6KA6KABBA6NAaNAB4IAAcNAFACBAABAkNACABBAAkNCBACBAABAkNACA"
            + "BBAAiNABAiNACACBAACABAmNACAABABACBACBABAgDAgDAEBAEBCABDAAEABBCDAABAEBCABDAACAOBAACABtEAA"
            + "CAQBAACBBAEBCABDAACABBAA1GABAfDACA6BBAACAAA3IA3IBRACBAGBAm2VACABBAA5KABAg2Vu3VAABu3VAACA"
            + "BBAA5MABAaEAeEAJACBAABu1VAo1VAABs1VA3NAAArMArMABBpMApMABAjMAjMABBlMAukiCADBpMAmkiCABAtMA"
            + "tMABBgiiCA8kiCABB1NA5NAAB8kiCAevUAAA2kiCA2kiCACA5NA5NABBqvUA9NACAbNAbNAHAeuUAeuUACAjNAjN"
            + "ABB6kiCAjNADBkiiCAjNAAB9EAhNAABhNAdEAFAlNAlNAKBahiCA4hiCA6FA8FA8FAaBDACBACBACBADC4IA4IAB"
            + "AA8HA8HGAAcCAcCBCAaCAaCBAA0EA0EBBAuDAuDBQA0CA0CBIA0CA0CABbCA9CAAB9CA9CABQvBAvBAABtBAvBAA"
            + "HvBAvBAABvDAtDAABtDAAQABrDAhDADBtCAbDAABPAACAWBAACABbFAvEAABOA7HAABAnDvFABBACBAABANACAAB"
            + "ABABCA3IA3IAPA0FA0FA[A0CA0CA[vBAvBAAPvEAvEAA1BACBAIlBACBAABA@ACAMBAACAB?AACAuCBAACB5BA0D"
            + "A0DK5BvCAvCApoC5BA06OA06OBAA06OA06OFAA06OA06OCaB0sFA0sFACC0sFA0sFA0VfCA0tbCA0tbCAFAQAQCF"
            + "PAPA24CBr6MAp6MAAB76MA36MAAB36MA56MAABn5MA92MAAA4s4CA4s4CAHaBAvrFAvrFCCAvrFAvrFpFA805CA8"
            + "05CADAceHAceHAQAg35CAg35CAhDlEACBAFAlDAlDACAAtrOAtrOBvCACBAAHQAQAAHAPAPAFQAQACFAPAPCHQAQ"
            + "AAHAPAPAHQAQAAHAPAPAFQAQACFAPAPDAQAQABAQAQABAQAQABAQAQABAAPAPBAAPAPBAAPAPBBAPQAAGQAQAAHA"
            + "PAPABkEAkEAADcFAcFAAB8GA8GAAB0IA0IAAB0HA0HAABsHAsHACHQAQAAHAPAPAHQAQAAHAPAPAHQAQAAHAPAPA"
            + "BQAQABASASAEBAPAPABAjEAjEAAARARBA92OA92OAEASASAEDAbFAbFAAARARDBQAQAGBAPAPABA7GA7GEBQAQAD"
            + "AOAOACBAPAPABAvGAvGAAANANGASASAEBAvHAvHABArHArHAAARAR9JAAplOAplODBAtbQAb4QGAAoBAoB=AnBAn"
            + "BARPA0BA0BAP[A[ADBACBAhZZAkBAkBAZjBAjBAmoBeBA0DA0DBeBvCAvCABBACBAABAdvUAbeHABAduUl2VAABf"
            + "2VAACAEBAACABAn1VApvUABAt1VAr1VBBACBABBACBAHBAt3VAt3VA3DACBAHDACBADBACBAM5Bv5OAv5OABAv5O"
            + "Av5OAFAv5OAv5OAi8@dBACBAS=ACBA6ENACBACtBACBAJDACBAABA705CACAIBAACDBACBAAAAfiiCAfiiCCDACB"
            + "AAA0DA0DABTACBAABA7kiCAtkiCABAlkiCA1kiCAAA7kiCA7kiCBBA3hiCAjiiCABA9hiCA0qBALACBACBACBAAB"
            + "AvCA5kiCABAf35CACACBAACaBBACBAs<AvpBAvpBA>fCvsbCAvsbCA1rUZA0CA0CGZvBAvBA55B7BAgCAgCA7BfC"
            + "AfCA0D3BAgCAgCE3BfCAfCA4sBiBA0EA0ENiBvDAvDAdtC[A0CA0CA[vBAvBA0bV[A0CA0CA[vBAvBA0k@1BA4CA"
            + "4CA1B3CA3CA";

    /** Title case mappings unlike the upper case ones: distance, length - 1, signed delta. */
    private static final String TITLES =
            "4OACAAAAABAACAAAAABAACAAAAAB4BACAAAAABsmDaBACCA";

    /** Lowercase code points that are not Ll (Other_Lowercase): distance, length - 1. */
    private static final String OTHER_LOWER =
            "aFAPAlPIHB@E0DAkBAhdGuBNA2B4BhVANAQMjGPg<ZisBBug@BiGA7EB2=D";

    /** Uppercase code points that are not Lu (Other_Uppercase). */
    private static final String OTHER_UPPER =
            "0bIP6<Z03jDZGZGZ";

    /** Alphabetic code points that are neither letters nor Nl (Other_Alphabetic). */
    private static final String OTHER_ALPHA =
            "5<AaTNBABBBBBA8CKgBMBGQA5DGEDCBEA3BA@P6DK5DBDIBCBD7FLDGGTmBBCOBBFCKB?CqBGCBCBKAKB?CqBEEB"
            + "CBEA@BDALCqBHBCBBVBWCECqBGCBCBJBKB@ArBEDCBCKA8BDqBGBCBCIBLB?CqBGBCBCIBLB>DqBGBCBCKAKB?Cb"
            + "CFBABHSBtBACGSA3DACFBBQA3FQLKB3BeDLBACDXDECBCCGDDNLBAKDkjBB@B@B@B2CSsFB2BAmDLEIuGEpBJCTa"
            + "CBvBEgBOsBC@ICBpBKiBSgNN1mBjBm7C[k3@H2BB2LAIAXEoCBiBPBApBA6BE>LdBDgBL5BA3CNMAIBdBCiBABCC"
            + "BFAcBEFAdHHjpTAn2CE6kBCBBFDkYD3MBjKClBNsBAdBI7CC4BLSBpBCgBMOBsCICAGA0FJXDqBGCBCBKAKBhGMB"
            + "CaDRdHGCG?BiCOBAaDK7DN1IMnHFBBCBDABAeEGCFEA>JaBEBDSKeBNnMHBGjCVBNqDFDABBBCBADA2CEBBBDsKD"
            + "o2UABmBHDtCBc5TA1rIGBQCGBBBEs8CA8vBZGZGZ";

    /** Ideographic code points. */
    private static final String IDEOGRAPHIC =
            "60MBZIOC5@vdG0CsfU38WdLC9Da8?A=nvFIl6BaBI73JbM48Ttm9B2Bk1ELtGC1kFOg9Hv0DtQ2fBaqE";

    /**
     * Numeric values of code points that are neither decimal digits nor Latin letters:
     * distance, length - 1, first value + 2 (so that -2, for fractions, is 0), signed step.
     */
    private static final String NUMERIC =
            "iFBECFADACCAAl9CEAAAASAoLFAAoDBMkFAAa[A5EDCCACDCpGGAARBMkFABa[juBAEAAhNJAAl1BJDCAIWUAAio"
            + "JAh=CTCvHJCC0PADAlkBACADFGCGJCC6GOAAABDAAKECABkB4DABmP8[ALDCABkB4DABmP8[ABa[0qHAAioJACBI"
            + "oCABiqgB0l1DAACAmWTDCATDCATDCeCBCWAIOCAJDCAACAmTJDCAJDCAJDC9bBAAA9YACAZIDCOCMUnKDDCaEJDC"
            + "@HMUBOXC0BJDC7BO6BC61?IDCAACA0KFAAl9UAFAHAMAEAEApBACA@AIABAIA9BAMA9oBJDCAIWUAIaG8GAIiuBg"
            + "uBAH2hT0hTMBAAABDIABkB4>ABasEgsnCABHKABkB4DABmP8[ABasE5oJABMgCAB6D0ZABa[giRABiqgBbk1DACD"
            + "AADEAABHKADMAAB0B8BACkBAAC6DgMADmPAABa[0qHABHqCADAARBCDlKJDCAIWUAHaG8G4BBDIABMgC?AsCAIA6"
            + ">A6EBDCABMUAA6DA24BCDCABMUAB6D8oBAAioJAZEDCABMU7BDDCABGCABMUAA6DAbCBDIABMUAA6DAWBDSABW0F"
            + "ABEC0FBAACJDCAFWUCJ6D8GAIiuBguBAI2hT0hTAH2a3G0a3GAJAA0CDDCABMUAB6D8oBAAAAkBBD2D@BDSAAWAb"
            + "CBDIABMUAA6DA8DDDCABMUAB6D8oBYDDCABMUAB6D8oB9BDDCABMUAA6DAaKBDIABMgCAB6D8oB0LJDCAIWUAHaG"
            + "8GADAAuEEDCACMUAB6DbGaBBDSABW0FgDDDCABMUAA6DA6EJDCAIWUAAa[ArLJDCAIWUAAa[A5aBBMUeNIMU7=JD"
            + "CAIWUj<UAAb1BHECAGFCAFGCAIDCAEDCABECAGFCACDCACFCAB2uiG0s5NACDCACFCABFAADGAABICABJAABKAAD"
            + "LAAEECADDCABGCABHFABFDABEHALAAABaBUAFGCcnRBMkFABioJ0jdsBAB28obvC3ggnuFAAAAuYTCCACDC92ZTC"
            + "CcDJDCAHWUAEDCABDIeaFIDC1?JDCAIWUAIaG8GAIiuBguBAI2hT0hTAB2a3Gv93GAB2k5hJ08b2TAIDCBCAABBD"
            + "CABioJ0pfFcCJDCAIWUAIaG8GAIiuBguBAH2hT0hTBIECABiMgMABiuB0kPABAA2@BCAAIDCABCA3s1CALA";

    /** Upper case mappings to several chars: the char, how many, then those chars. */
    private static final String SPECIAL_UPPER =
            "\u00df\u0002\u0053\u0053\u0149\u0002\u02bc\u004e\u01f0\u0002\u004a\u030c\u0390\u0003"
            + "\u0399\u0308\u0301\u03b0\u0003\u03a5\u0308\u0301\u0587\u0002\u0535\u0552\u1e96\u0002"
            + "\u0048\u0331\u1e97\u0002\u0054\u0308\u1e98\u0002\u0057\u030a\u1e99\u0002\u0059\u030a"
            + "\u1e9a\u0002\u0041\u02be\u1f50\u0002\u03a5\u0313\u1f52\u0003\u03a5\u0313\u0300\u1f54"
            + "\u0003\u03a5\u0313\u0301\u1f56\u0003\u03a5\u0313\u0342\u1f80\u0002\u1f08\u0399\u1f81"
            + "\u0002\u1f09\u0399\u1f82\u0002\u1f0a\u0399\u1f83\u0002\u1f0b\u0399\u1f84\u0002\u1f0c"
            + "\u0399\u1f85\u0002\u1f0d\u0399\u1f86\u0002\u1f0e\u0399\u1f87\u0002\u1f0f\u0399\u1f88"
            + "\u0002\u1f08\u0399\u1f89\u0002\u1f09\u0399\u1f8a\u0002\u1f0a\u0399\u1f8b\u0002\u1f0b"
            + "\u0399\u1f8c\u0002\u1f0c\u0399\u1f8d\u0002\u1f0d\u0399\u1f8e\u0002\u1f0e\u0399\u1f8f"
            + "\u0002\u1f0f\u0399\u1f90\u0002\u1f28\u0399\u1f91\u0002\u1f29\u0399\u1f92\u0002\u1f2a"
            + "\u0399\u1f93\u0002\u1f2b\u0399\u1f94\u0002\u1f2c\u0399\u1f95\u0002\u1f2d\u0399\u1f96"
            + "\u0002\u1f2e\u0399\u1f97\u0002\u1f2f\u0399\u1f98\u0002\u1f28\u0399\u1f99\u0002\u1f29"
            + "\u0399\u1f9a\u0002\u1f2a\u0399\u1f9b\u0002\u1f2b\u0399\u1f9c\u0002\u1f2c\u0399\u1f9d"
            + "\u0002\u1f2d\u0399\u1f9e\u0002\u1f2e\u0399\u1f9f\u0002\u1f2f\u0399\u1fa0\u0002\u1f68"
            + "\u0399\u1fa1\u0002\u1f69\u0399\u1fa2\u0002\u1f6a\u0399\u1fa3\u0002\u1f6b\u0399\u1fa4"
            + "\u0002\u1f6c\u0399\u1fa5\u0002\u1f6d\u0399\u1fa6\u0002\u1f6e\u0399\u1fa7\u0002\u1f6f"
            + "\u0399\u1fa8\u0002\u1f68\u0399\u1fa9\u0002\u1f69\u0399\u1faa\u0002\u1f6a\u0399\u1fab"
            + "\u0002\u1f6b\u0399\u1fac\u0002\u1f6c\u0399\u1fad\u0002\u1f6d\u0399\u1fae\u0002\u1f6e"
            + "\u0399\u1faf\u0002\u1f6f\u0399\u1fb2\u0002\u1fba\u0399\u1fb3\u0002\u0391\u0399\u1fb4"
            + "\u0002\u0386\u0399\u1fb6\u0002\u0391\u0342\u1fb7\u0003\u0391\u0342\u0399\u1fbc\u0002"
            + "\u0391\u0399\u1fc2\u0002\u1fca\u0399\u1fc3\u0002\u0397\u0399\u1fc4\u0002\u0389\u0399"
            + "\u1fc6\u0002\u0397\u0342\u1fc7\u0003\u0397\u0342\u0399\u1fcc\u0002\u0397\u0399\u1fd2"
            + "\u0003\u0399\u0308\u0300\u1fd3\u0003\u0399\u0308\u0301\u1fd6\u0002\u0399\u0342\u1fd7"
            + "\u0003\u0399\u0308\u0342\u1fe2\u0003\u03a5\u0308\u0300\u1fe3\u0003\u03a5\u0308\u0301"
            + "\u1fe4\u0002\u03a1\u0313\u1fe6\u0002\u03a5\u0342\u1fe7\u0003\u03a5\u0308\u0342\u1ff2"
            + "\u0002\u1ffa\u0399\u1ff3\u0002\u03a9\u0399\u1ff4\u0002\u038f\u0399\u1ff6\u0002\u03a9"
            + "\u0342\u1ff7\u0003\u03a9\u0342\u0399\u1ffc\u0002\u03a9\u0399\ufb00\u0002\u0046\u0046"
            + "\ufb01\u0002\u0046\u0049\ufb02\u0002\u0046\u004c\ufb03\u0003\u0046\u0046\u0049\ufb04"
            + "\u0003\u0046\u0046\u004c\ufb05\u0002\u0053\u0054\ufb06\u0002\u0053\u0054\ufb13\u0002"
            + "\u0544\u0546\ufb14\u0002\u0544\u0535\ufb15\u0002\u0544\u053b\ufb16\u0002\u054e\u0546"
            + "\ufb17\u0002\u0544\u053d";

    private static int pos;

    private static int next(String s) {
        int v = 0;
        int shift = 0;
        while (true) {
            char c = s.charAt(pos++);
            int d = FINAL.indexOf(c);
            if (d >= 0) {
                return v | (d << shift);
            }
            v |= DIGITS.indexOf(c) << shift;
            shift += 5;
        }
    }

    private static int nextSigned(String s) {
        int v = next(s);
        return (v >>> 1) ^ -(v & 1);
    }

    private static final int[] TYPE_STARTS;
    private static final byte[] TYPE_VALUES;
    // Per case run: start, end (exclusive), and four deltas.
    private static final int[] CASE_RUNS;
    // Per title run: start, end, delta.
    private static final int[] TITLE_RUNS;
    // Sorted [start, end) pairs.
    private static final int[] LOWER_RANGES;
    private static final int[] UPPER_RANGES;
    private static final int[] ALPHA_RANGES;
    private static final int[] IDEO_RANGES;
    // Per numeric run: start, end, first value, step.
    private static final int[] NUMERIC_RUNS;

    static {
        int n = 0;
        for (int i = 0; i < TYPES.length(); i++) {
            if (FINAL.indexOf(TYPES.charAt(i)) >= 0) {
                n++;
            }
        }
        TYPE_STARTS = new int[n];
        TYPE_VALUES = new byte[n];
        pos = 0;
        int start = 0;
        for (int k = 0; k < n; k++) {
            TYPE_VALUES[k] = (byte) DIGITS.indexOf(TYPES.charAt(pos++));
            start += next(TYPES);
            TYPE_STARTS[k] = start;
        }
        CASE_RUNS = runs(CASES, 4, true);
        TITLE_RUNS = runs(TITLES, 1, true);
        LOWER_RANGES = runs(OTHER_LOWER, 0, false);
        UPPER_RANGES = runs(OTHER_UPPER, 0, false);
        ALPHA_RANGES = runs(OTHER_ALPHA, 0, false);
        IDEO_RANGES = runs(IDEOGRAPHIC, 0, false);
        int[] numeric = runs(NUMERIC, 2, false);
        NUMERIC_RUNS = numeric;
        for (int k = 0; k < numeric.length; k += 4) {
            numeric[k + 2] -= 2;
            numeric[k + 3] = (numeric[k + 3] >>> 1) ^ -(numeric[k + 3] & 1);
        }
    }

    /** Decodes runs of (distance, length - 1, extra...) into (start, end, extra...). */
    private static int[] runs(String s, int extra, boolean signed) {
        int width = 2 + extra;
        int[] tmp = new int[16];
        int n = 0;
        pos = 0;
        int end = 0;
        while (pos < s.length()) {
            if (n + width > tmp.length) {
                int[] b = new int[tmp.length * 2];
                System.arraycopy(tmp, 0, b, 0, n);
                tmp = b;
            }
            int start = end + next(s);
            end = start + next(s) + 1;
            tmp[n++] = start;
            tmp[n++] = end;
            for (int k = 0; k < extra; k++) {
                tmp[n++] = signed ? nextSigned(s) : next(s);
            }
        }
        int[] r = new int[n];
        System.arraycopy(tmp, 0, r, 0, n);
        return r;
    }

    private CharacterData() {
    }

    /** Index of the run of width `width` in `runs` that holds cp, or -1. */
    private static int find(int[] runs, int width, int cp) {
        int lo = 0;
        int hi = runs.length / width - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int k = mid * width;
            if (cp < runs[k]) {
                hi = mid - 1;
            } else if (cp >= runs[k + 1]) {
                lo = mid + 1;
            } else {
                return k;
            }
        }
        return -1;
    }

    /** The index of the type run that holds cp (a valid code point). */
    private static int typeRun(int cp) {
        int lo = 0;
        int hi = TYPE_STARTS.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (TYPE_STARTS[mid] <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    static int type(int cp) {
        return TYPE_VALUES[typeRun(cp)];
    }

    /** The value of a decimal digit (decimal digits come in runs of ten from zero), or -1. */
    static int decimalValue(int cp) {
        int k = typeRun(cp);
        return TYPE_VALUES[k] == Character.DECIMAL_DIGIT_NUMBER ? (cp - TYPE_STARTS[k]) % 10 : -1;
    }

    private static int caseDelta(int cp, int which) {
        int k = find(CASE_RUNS, 6, cp);
        if (k < 0) {
            return 0;
        }
        return CASE_RUNS[k + 2 + which + ((cp - CASE_RUNS[k]) & 1) * 2];
    }

    static int toUpperCase(int cp) {
        return cp + caseDelta(cp, 0);
    }

    static int toLowerCase(int cp) {
        return cp + caseDelta(cp, 1);
    }

    static int toTitleCase(int cp) {
        int k = find(TITLE_RUNS, 3, cp);
        return k < 0 ? toUpperCase(cp) : cp + TITLE_RUNS[k + 2];
    }

    static boolean isOtherLowercase(int cp) {
        return find(LOWER_RANGES, 2, cp) >= 0;
    }

    static boolean isOtherUppercase(int cp) {
        return find(UPPER_RANGES, 2, cp) >= 0;
    }

    static boolean isOtherAlphabetic(int cp) {
        return find(ALPHA_RANGES, 2, cp) >= 0;
    }

    static boolean isIdeographic(int cp) {
        return find(IDEO_RANGES, 2, cp) >= 0;
    }

    /** What String.toUpperCase makes of cp when that is several chars (sharp s: SS), or null. */
    static String upperExpansion(int cp) {
        String s = SPECIAL_UPPER;
        for (int i = 0; i < s.length() && s.charAt(i) <= cp; i += 2 + s.charAt(i + 1)) {
            if (s.charAt(i) == cp) {
                return s.substring(i + 2, i + 2 + s.charAt(i + 1));
            }
        }
        return null;
    }

    /** The numeric value of a code point that is neither a decimal digit nor a letter digit. */
    static int numericValue(int cp) {
        int k = find(NUMERIC_RUNS, 4, cp);
        return k < 0 ? -1 : NUMERIC_RUNS[k + 2] + (cp - NUMERIC_RUNS[k]) * NUMERIC_RUNS[k + 3];
    }
}
