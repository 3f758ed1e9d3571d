import TariffCLI

await TariffMain.main()
